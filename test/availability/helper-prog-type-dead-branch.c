// Helper calls are judged on the code clang emits, not on the source: an
// always-inline function shared by an xdp and a tc program, with a
// constant flag choosing the helper (the shape of the kernel selftests'
// xdp_synproxy_kern.c), leaves each program one helper after
// optimization: bpf_xdp_adjust_tail (xdp) or bpf_skb_change_tail (tc).
// Neither program calls the other's, so nothing is refused.
// RUN: %bpfcc %bpf_cflags --target-kernel=6.1 -c %s -o %t.o 2>&1 | count 0
// RUN: llvm-objdump -d %t.o | FileCheck --check-prefix=CODE %s
// CODE-LABEL: <on_xdp>:
// CODE-NOT: <on_tc>:
// CODE: call 0x41
// CODE-LABEL: <on_tc>:
// CODE: call 0x26
// Where the flag is not constant, both calls stay in the program, and the
// one its type may not make is an error.
// RUN: not %bpfcc %bpf_cflags --target-kernel=6.1 -DFLAG_FROM_PACKET -c %s -o %t.live.o 2>&1 | FileCheck --check-prefix=LIVE %s
// LIVE: error: BPF helper 'bpf_skb_change_tail' cannot be called from program 'on_xdp' (SEC("xdp"))
// LIVE: error: BPF helper 'bpf_xdp_adjust_tail' cannot be called from program 'on_tc' (SEC("tc"))
// LIVE: 2 errors generated.
#include <linux/bpf.h>
#include <stdbool.h>
#include <bpf/bpf_helpers.h>

static __always_inline int grow(void *ctx, bool xdp)
{
	if (xdp)
		return bpf_xdp_adjust_tail(ctx, 4);
	return bpf_skb_change_tail(ctx, 64, 0);
}

SEC("xdp")
int on_xdp(struct xdp_md *ctx)
{
#ifdef FLAG_FROM_PACKET
	return grow(ctx, ctx->ingress_ifindex & 1) ? XDP_DROP : XDP_PASS;
#else
	return grow(ctx, true) ? XDP_DROP : XDP_PASS;
#endif
}

SEC("tc")
int on_tc(struct __sk_buff *ctx)
{
#ifdef FLAG_FROM_PACKET
	return grow(ctx, ctx->len & 1) ? 2 : 0;
#else
	return grow(ctx, false) ? 2 : 0;
#endif
}

char LICENSE[] SEC("license") = "GPL";
