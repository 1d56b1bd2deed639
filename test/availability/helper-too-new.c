// bpf_loop (BPF_FUNC_loop, helper 181) came with Linux 5.17: for a 5.10
// target its call is an error at the call, naming 5.17, with a note at
// libbpf's declaration; no object is written. For 5.17 it compiles.
// RUN: rm -f %t.o
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.10 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not test -e %t.o
// RUN: %bpfcc %bpf_cflags --target-kernel=5.17 -c %s -o %t.o
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

// CHECK: helper-too-new.c:16:2: error: BPF helper 'bpf_loop' needs Linux 5.17, but the target kernel is 5.10
// CHECK: bpf_helper_defs.h:{{[0-9]+}}:{{[0-9]+}}: note: 'bpf_loop' is declared here as BPF helper 181
// CHECK: 1 error generated.
