// The pointer-argument check of global functions needs a target: without
// --target-kernel or --target-btf nothing is checked, and
// --bpfcc-no-availability turns it off for a 5.10 target (the object then
// is what 5.10 refuses: arg-availability-vm-5.10.test).
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o 2>&1 | count 0
// RUN: %bpfcc %bpf_cflags --target-kernel=5.10 --bpfcc-no-availability -c %s -o %t.o 2>&1 | count 0
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.10 -c %s -o %t.o 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
	int a, b;
};

__attribute__((noinline)) int sum(struct pair *p)
{
	/* From 5.12 the verifier checks it as memory that may be NULL. */
	return p ? p->a + p->b : 0;
}
// CHECK: global-arg-off.c:[[@LINE-5]]:48: error: pointer parameter 'p'

SEC("xdp")
int on_packet(struct xdp_md *ctx)
{
	struct pair p = { 1, 2 };

	return sum(&p) ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";
