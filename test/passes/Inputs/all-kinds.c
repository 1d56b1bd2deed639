/*
 * A program whose BTF has every kind and flag the lowering pass handles:
 * FUNC (global and static) and FUNC_PROTO, VAR and DATASEC (.data, .bss,
 * .rodata, license), FLOAT, DECL_TAG on a function, a parameter and a
 * member, TYPE_TAG, ENUM64, a signed ENUM, bitfields (STRUCT kind_flag) and
 * a union forward declaration (FWD kind_flag). It loads on the host.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __tag(x) __attribute__((btf_decl_tag(x)))
#define __ttag(x) __attribute__((btf_type_tag(x)))

union opaque;
enum sign { NEG = -1, POS = 1 };
enum wide { WIDE = 0x123456789ULL };

struct all {
	unsigned int lo : 5;
	unsigned int hi : 11;
	enum sign s;
	enum wide w;
	float f;
	double d __tag("member");
	int __ttag("user") *tagged;
	union opaque *fwd;
};

struct all state;			/* .bss */
int counter = 1;			/* .data */
static volatile const int limit = 3;	/* .rodata */

static __attribute__((noinline)) int bump(int x)
{
	return x + limit;
}

/* Global unless SUB_LINKAGE says otherwise: kernels before 5.12 refuse its
 * pointer parameter, so the 5.10 matrix (test/matrix) builds it static too. */
#ifndef SUB_LINKAGE
#define SUB_LINKAGE
#endif
SUB_LINKAGE __attribute__((noinline)) int
global_sub(struct all *a __tag("param"), int n) __tag("func")
{
	if (!a)
		return 0;
	return a->lo + a->hi + (a->s == NEG) + (a->w == WIDE) + n;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	counter = bump(counter);
	return global_sub(&state, ctx->rx_queue_index) > 1000 ? XDP_DROP : XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
