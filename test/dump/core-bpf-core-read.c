// BPF_CORE_READ(a, b, c, v) is three CO-RE reads, one per pointer hop:
// one field_byte_offset relocation each, rooted at that hop's struct.
// RUN: %clang -g -O2 -target bpf -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct c {
	long pad;
	int v;
} __attribute__((preserve_access_index));

struct b {
	int pad;
	struct c *c;
} __attribute__((preserve_access_index));

struct a {
	struct b *b;
} __attribute__((preserve_access_index));

SEC("raw_tp")
int prog(struct a *a)
{
	return BPF_CORE_READ(a, b, c, v);
}

char LICENSE[] SEC("license") = "GPL";

// CHECK:      core_relo sec='raw_tp' insn={{[0-9]+}} field_byte_offset [{{[0-9]+}}] STRUCT 'a' access='0:0': a::b
// CHECK-NEXT: core_relo sec='raw_tp' insn={{[0-9]+}} field_byte_offset [{{[0-9]+}}] STRUCT 'b' access='0:1': b::c
// CHECK-NEXT: core_relo sec='raw_tp' insn={{[0-9]+}} field_byte_offset [{{[0-9]+}}] STRUCT 'c' access='0:1': c::v
// CHECK-NOT:  core_relo
