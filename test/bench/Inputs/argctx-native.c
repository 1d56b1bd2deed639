// Hand-written equivalent of test/argctx/shared.c for kernels with native
// arg:ctx (6.8+): the programmer tags the context parameters with __arg_ctx
// (libbpf 1.1's headers do not define it). Compiled with plain clang-19.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#ifndef __arg_ctx
#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))
#endif

__noinline int logic_1(void *ctx __arg_ctx) { return bpf_get_smp_processor_id() + (ctx != 0); }
__noinline int logic(void *ctx __arg_ctx) { return logic_1(ctx) + 1; }

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(kp, int dfd) { return logic(ctx); }

SEC("perf_event")
int pe(struct bpf_perf_event_data *ctx) { return logic(ctx); }

SEC("xdp")
int xp(struct xdp_md *ctx) { return logic(ctx) ? XDP_PASS : XDP_DROP; }

SEC("tc")
int tcp(struct __sk_buff *skb) { return logic(skb) ? 0 /* TC_ACT_OK */ : 2 /* TC_ACT_SHOT */; }

SEC("socket")
int sock(struct __sk_buff *skb) { return logic(skb); }

SEC("cgroup_skb/ingress")
int cg(struct __sk_buff *skb) { return logic(skb) & 1; }

char LICENSE[] SEC("license") = "GPL";
