// Issue 3 acceptance (c): a global subprogram whose context argument is an
// untagged `void *` is verified on its own, and 6.1 (no arg:ctx) cannot
// tell what the pointer is: "arg#0 reference type('UNKNOWN ') size cannot
// be determined". This is what bpfcc's arg:ctx lowering is for.
//
// REQUIRES: vm-6.1
// RUN: %clang %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-vmtest --kernel 6.1 %t.o > %t.61 || echo "exit=$?" >> %t.61
// RUN: FileCheck %s --input-file %t.61

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

// Global (not static) and not inlined: the verifier checks it separately,
// from its BTF prototype.
__attribute__((noinline)) int pass_through(void *ctx)
{
	return ctx ? XDP_PASS : XDP_DROP;
}

// CHECK: kernel=6.1.
// CHECK: prog name=xdp_entry section=xdp type=xdp result=fail errno=22
// CHECK: arg#0 reference type('UNKNOWN ') size cannot be determined: -22
// CHECK: exit=1
SEC("xdp")
int xdp_entry(struct xdp_md *ctx)
{
	return pass_through(ctx);
}

char LICENSE[] SEC("license") = "GPL";
