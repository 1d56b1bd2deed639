// Plain libbpf-style source with explicit arg:ctx tags (libbpf >= 1.4's
// __arg_ctx), compiled by clang-19 itself: one global subprogram 'emit'
// shared by kprobe, perf_event, raw_tp, xdp and tc programs, which passes
// the context on to another tagged global, 'emit_inner' (nested), and to a
// static helper.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))

static __noinline int bump(void *ctx, int v) { return v + (ctx != 0); }

__noinline int emit_inner(void *ctx __arg_ctx, int v)
{
	return bpf_get_smp_processor_id() + bump(ctx, v);
}

__noinline int emit(void *ctx __arg_ctx, int v) { return emit_inner(ctx, v) + 1; }

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(kp, int dfd) { return emit(ctx, 1); }

SEC("perf_event")
int pe(struct bpf_perf_event_data *ctx) { return emit(ctx, 2); }

SEC("raw_tp/sched_switch")
int rtp(struct bpf_raw_tracepoint_args *ctx) { return emit(ctx, 3); }

SEC("xdp")
int xp(struct xdp_md *ctx) { return emit(ctx, 4) ? XDP_PASS : XDP_DROP; }

SEC("tc")
int tcp(struct __sk_buff *skb) { return emit(skb, 5) ? 0 /* TC_ACT_OK */ : 2 /* TC_ACT_SHOT */; }

char LICENSE[] SEC("license") = "GPL";
