// Subscripts, the cases bcc's rewriter got wrong: a pointer member then an
// index (issue 1617: name->name[0]), an array member indexed (issue 2739:
// daddr->s6_addr[4], which crashed it), an array of records inside nested
// members (issue 1929: the index was added to the wrong address), and a
// variable index (relocated base, index added after).
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
#include "Inputs/kern.h"

SEC("kprobe/d_alloc_parallel")
int BPF_KPROBE(subscripts, struct dentry *parent, const struct qstr *name,
	       struct in6_addr *daddr, struct mm_counters *mm)
{
	int i = bpf_get_prandom_u32() & 3;
	sink = name->name[0];
	sink += daddr->s6_addr[4];
	sink += mm->rss_stat.count[1].counter;
	sink += daddr->s6_addr[i];
	return 0;
}
// name->name, then byte 0 of what it points to (a plain pointer: no CO-RE).
// CHECK: field_byte_offset [{{[0-9]+}}] STRUCT 'qstr' access='0:1': qstr::name
// CHECK-NEXT: field_byte_offset [{{[0-9]+}}] STRUCT 'in6_addr' access='0:0:4': in6_addr::s6_addr[4]
// CHECK-NEXT: field_byte_offset [{{[0-9]+}}] STRUCT 'mm_counters' access='0:0:0:1:0': mm_counters::rss_stat.count[1].counter
// CHECK-NEXT: field_byte_offset [{{[0-9]+}}] STRUCT 'in6_addr' access='0:0': in6_addr::s6_addr
// CHECK-NOT: core_relo
