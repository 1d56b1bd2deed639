// A func_info prototype with an anonymous struct that libbpf's btf_dump
// would write out with a "long: 64;" line per 8 bytes of padding (found by
// fuzz-dump: a 5 KB object made bpfcc-dump print 250 MB for seconds). Over
// 64 KiB of anonymous bodies, bpfcc-dump prints a note instead of the
// prototype; other prototypes are unaffected.
// RUN: %clang -g -O2 -target bpf -idirafter /usr/include/x86_64-linux-gnu -Wno-visibility -c %s -o %t.o
// RUN: %bpfcc-dump --func-info %t.o | FileCheck %s
// CHECK: func_info sec='.text' insn=0 [{{[0-9]+}}] FUNC 'far' linkage=global: (prototype not printed: anonymous types over 64 KiB or nested over 32 deep)
// CHECK-NEXT: func_info sec='xdp' insn=0 [{{[0-9]+}}] FUNC 'prog' linkage=global: int prog(struct xdp_md *ctx)
// CHECK-NOT: long: 64
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__attribute__((noinline)) int far(struct { char c; int x __attribute__((aligned(1 << 26))); } *p)
{
	return p ? 1 : 0;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	return far(0);
}

char LICENSE[] SEC("license") = "GPL";
