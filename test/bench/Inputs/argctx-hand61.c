// Hand-written equivalent of test/argctx/shared.c for kernels before 6.8
// (no native arg:ctx): one copy of each global subprogram per context type,
// each taking the context struct the verifier matches by name. Compiled with
// plain clang-19.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

/* What the 6.1 verifier matches for kprobe programs: a struct of this name
 * (a forward declaration would have no size). */
struct bpf_user_pt_regs_t {};

#define LOGIC(suffix, type)                                                    \
	__noinline int logic_1##suffix(type *ctx)                                  \
	{                                                                          \
		return bpf_get_smp_processor_id() + (ctx != 0);                        \
	}                                                                          \
	__noinline int logic##suffix(type *ctx) { return logic_1##suffix(ctx) + 1; }

LOGIC(, struct bpf_user_pt_regs_t)
LOGIC(__perf_event, struct bpf_perf_event_data)
LOGIC(__xdp, struct xdp_md)
LOGIC(__skb, struct __sk_buff)

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(kp, int dfd) { return logic((struct bpf_user_pt_regs_t *)ctx); }

SEC("perf_event")
int pe(struct bpf_perf_event_data *ctx) { return logic__perf_event(ctx); }

SEC("xdp")
int xp(struct xdp_md *ctx) { return logic__xdp(ctx) ? XDP_PASS : XDP_DROP; }

SEC("tc")
int tcp(struct __sk_buff *skb) { return logic__skb(skb) ? 0 /* TC_ACT_OK */ : 2 /* TC_ACT_SHOT */; }

SEC("socket")
int sock(struct __sk_buff *skb) { return logic__skb(skb); }

SEC("cgroup_skb/ingress")
int cg(struct __sk_buff *skb) { return logic__skb(skb) & 1; }

char LICENSE[] SEC("license") = "GPL";
