// Pointers into the context, the stack, map values, ringbuf reservations,
// globals and packet data are never rewritten: in a kprobe that only uses
// those, the object is clang-19's, byte for byte.
// RUN: %clang %bpf_cflags -c %s -o %t.ref.o
// RUN: %bpfcc %bpf_cflags -Rbpfcc-auto-core -c %s -o %t.o 2>&1 | count 0
// RUN: cmp %t.ref.o %t.o
#include "Inputs/kern.h"

struct val { long a; struct sock_common c; };
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, int);
	__type(value, struct val);
} m SEC(".maps");
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rb SEC(".maps");
struct val global_val;

static __always_inline long sum(struct val *v) { return v->a + v->c.skc_dport; }

SEC("kprobe/tcp_v4_connect")
int safe(struct pt_regs *ctx)
{
	int key = PT_REGS_PARM1(ctx);			/* context */
	struct val local = {};
	struct val *p = &local;			/* stack */
	struct val *mv = bpf_map_lookup_elem(&m, &key);	/* map value */
	struct val *r;
	p->a = PT_REGS_PARM2(ctx);
	if (mv)
		p->a += mv->c.skc_daddr + sum(mv);
	p->a += global_val.c.skc_dport + sum(&global_val);	/* global */
	r = bpf_ringbuf_reserve(&rb, sizeof(*r), 0);	/* ringbuf */
	if (!r)
		return 0;
	r->a = p->a + sum(p);
	bpf_ringbuf_submit(r, 0);
	return 0;
}

SEC("xdp")
int packet(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *end = (void *)(long)ctx->data_end;
	struct sock_common *c = data;		/* packet */
	if ((void *)(c + 1) > end)
		return XDP_PASS;
	return c->skc_dport ? XDP_PASS : XDP_DROP;
}
