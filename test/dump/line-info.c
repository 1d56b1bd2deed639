// line_info: section, instruction, file:line:col and the source line's
// text, which LLVM stores in .BTF's string table.
// RUN: %clang -g -O2 -target bpf -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.o
// RUN: %bpfcc-dump --line-info %t.o | FileCheck %s -DFILE=%s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int len = ctx->data_end - ctx->data;

	return len > 64 ? XDP_PASS : XDP_DROP;
}

char LICENSE[] SEC("license") = "GPL";

// insn 0 loads ctx->data ("data" at column 33; the tab is column 1),
// insn 1 ctx->data_end (column 17), insn 2 subtracts ('-' at column 26);
// insn 6 is the comparison of the return statement.
// CHECK:      line_info sec='xdp' insn=0 [[FILE]]:11:33: int len = ctx->data_end - ctx->data;
// CHECK-NEXT: line_info sec='xdp' insn=1 [[FILE]]:11:17: int len = ctx->data_end - ctx->data;
// CHECK-NEXT: line_info sec='xdp' insn=2 [[FILE]]:11:26: int len = ctx->data_end - ctx->data;
// CHECK-NEXT: line_info sec='xdp' insn=6 [[FILE]]:13:2: return len > 64 ? XDP_PASS : XDP_DROP;
// CHECK-NOT:  line_info
// The instructions the records point at:
// RUN: llvm-objdump -d %t.o | FileCheck --check-prefix=ASM %s
// ASM:      0: 61 12 00 00 00 00 00 00 r2 = *(u32 *)(r1 + 0x0)
// ASM-NEXT: 1: 61 11 04 00 00 00 00 00 r1 = *(u32 *)(r1 + 0x4)
// ASM-NEXT: 2: 1f 21 00 00 00 00 00 00 r1 -= r2
// ASM:      6: 65 01 01 00 40 00 00 00 if r1 s> 0x40
