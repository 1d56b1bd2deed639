// Without --target-kernel and --target-btf nothing is checked (the compile
// must not depend on the build machine), and --bpfcc-no-availability turns
// the checks off for a target: both compile a bpf_loop call, and the
// objects are clang-19's own.
// RUN: %bpfcc %bpf_cflags -c %s -o %t.none.o
// RUN: %clang %bpf_cflags -c %s -o %t.clang.o
// RUN: cmp %t.none.o %t.clang.o
// RUN: %bpfcc %bpf_cflags --target-kernel=5.10 --bpfcc-no-availability -c %s -o %t.off.o
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.10 -c %s -o %t.on.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static int cb(__u32 i, void *ctx) { return 0; }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	bpf_loop(4, cb, 0, 0);
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
