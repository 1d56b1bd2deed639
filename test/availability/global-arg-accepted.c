// What Linux 5.10 takes as arguments of a global subprogram is no error for
// a 5.10 target: scalars (integers, enums, _Bool, typedefs of them), the
// calling program's context by its struct (struct xdp_md * for xdp, struct
// __sk_buff * for tc, struct pt_regs * for kprobe), a void * context that
// bpfcc tags arg:ctx and the driver lowers, and a context parameter next to
// another pointer in a function only tracing programs call (the lowering
// makes that a static copy). Static functions and hidden global ones
// (libbpf makes them static) take any pointer. arg-availability-vm-5.10.test
// loads this object in 5.10.
// RUN: %bpfcc %bpf_cflags --target-kernel=5.10 -c %s -o %t.o 2>&1 | count 0
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define SUB __attribute__((noinline))

struct pair {
	int a, b;
};
typedef unsigned int u32_t;
enum mode { OFF, ON };

volatile int sink;

SUB int scalars(int a, long b, u32_t c, enum mode m, _Bool f)
{
	sink = a;
	return a + b + c + m + f;
}

SUB int xdp_queue(struct xdp_md *xdp)
{
	return xdp->rx_queue_index & 1;
}

SUB int any_ctx(void *ctx)
{
	sink = 1;
	return ctx != 0;
}

SUB static int pair_sum(struct pair *p)
{
	return p->a + p->b;
}

SUB __attribute__((visibility("hidden"))) int hidden_sum(struct pair *p)
{
	return p->a - p->b;
}

SEC("xdp")
int on_packet(struct xdp_md *ctx)
{
	struct pair p = { 1, 2 };

	return scalars(1, 2, 3, ON, 1) + xdp_queue(ctx) + any_ctx(ctx) +
	       pair_sum(&p) + hidden_sum(&p) ? XDP_PASS : XDP_DROP;
}

SUB int skb_len(struct __sk_buff *skb)
{
	return skb->len & 1;
}

SEC("tc")
int on_skb(struct __sk_buff *skb)
{
	return skb_len(skb);
}

SUB int regs_ip(struct pt_regs *regs)
{
	sink = 1;
	return regs != 0;
}

SEC("kprobe/do_unlinkat")
int on_unlink(struct pt_regs *ctx)
{
	return regs_ip(ctx);
}

SUB int traced(void *ctx, struct pair *p)
{
	sink = p->a;
	return ctx != 0;
}

SEC("fentry/do_unlinkat")
int BPF_PROG(on_entry)
{
	struct pair p = { 3, 4 };

	return traced(ctx, &p);
}
char LICENSE[] SEC("license") = "GPL";
