// --target-kernel alone leaves the instructions as clang-19 writes them
// (issue 14): bpfcc adds no -mcpu, so clang's default cpu applies, and
// every code section disassembles exactly like clang-19's object. The
// program's 32-bit compares and arithmetic differ between cpus, so a
// -mcpu=v3 build does not match (the test would catch an implicit -mcpu).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc --bpfcc-verbose --target-kernel=6.1 -g -O2 -c %s -o %t/bpfcc.o 2> %t/cmd
// RUN: FileCheck %s --check-prefix=CMD < %t/cmd
// CMD-NOT: {{ }}-mcpu=
// RUN: %clang -target bpf -g -O2 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/clang.o
// RUN: %clang -target bpf -mcpu=v3 -g -O2 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/clang-v3.o
// RUN: llvm-objdump -d --no-show-raw-insn %t/bpfcc.o | sed 1,2d > %t/bpfcc.dis
// RUN: llvm-objdump -d --no-show-raw-insn %t/clang.o | sed 1,2d > %t/clang.dis
// RUN: llvm-objdump -d --no-show-raw-insn %t/clang-v3.o | sed 1,2d > %t/clang-v3.dis
// RUN: diff %t/clang.dis %t/bpfcc.dis
// RUN: not diff -q %t/clang-v3.dis %t/bpfcc.dis
// RUN: FileCheck %s < %t/bpfcc.dis
// CHECK: <count_small>:

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

__u32 limit = 100;
__u32 seen;

SEC("xdp")
int count_small(struct xdp_md *ctx)
{
	__u32 len = ctx->data_end - ctx->data;

	if (len < limit)
		seen += len * 3;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
