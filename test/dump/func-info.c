// func_info: one record per function, in the ELF section that holds it,
// at its first instruction (insn = insn_off / 8), with the FUNC's linkage
// and its prototype with parameter names.
// RUN: %clang -g -O2 -target bpf -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.o
// RUN: %bpfcc-dump --func-info %t.o | FileCheck %s
// 'first' starts where the symbol table says it does.
// RUN: llvm-objdump -t %t.o | FileCheck --check-prefix=SYM %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
	int a;
	long b;
};

static __attribute__((noinline)) int first(int x)
{
	return x * 3 + 1;
}

__attribute__((noinline)) long second(struct pair *p, const char *name, unsigned long n)
{
	return p->a + p->b + name[n];
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	struct pair p = { ctx->ingress_ifindex, 2 };

	return first(ctx->rx_queue_index) + second(&p, "x", 0);
}

char LICENSE[] SEC("license") = "GPL";

// LLVM writes the .text block first, records in address order.
// CHECK:      func_info sec='.text' insn=0 [{{[0-9]+}}] FUNC 'second' linkage=global: long second(struct pair *p, const char *name, unsigned long n)
// CHECK-NEXT: func_info sec='.text' insn=11 [{{[0-9]+}}] FUNC 'first' linkage=static: int first(int x)
// CHECK-NEXT: func_info sec='xdp' insn=0 [{{[0-9]+}}] FUNC 'prog' linkage=global: int prog(struct xdp_md *ctx)
// CHECK-NOT:  func_info
// insn 11 = byte 0x58 of .text:
// SYM: 0000000000000058 l F .text {{[0-9a-f]+}} first
