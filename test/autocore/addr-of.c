// bcc issue 1830: `&p->b` is address computation, not a read. Here the
// only reads are the program's own bpf_probe_read_kernel and the load of
// skc_dport; the address given to the former is CO-RE relocated because
// the load made the hand-written record relocatable.
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
// RUN: llvm-objdump -d %t.o | FileCheck %s --check-prefix=CODE
// Without a load, `&p->b` alone changes nothing: clang-19's object.
// RUN: %clang %bpf_cflags -DADDR_ONLY -c %s -o %t.ref.o
// RUN: %bpfcc %bpf_cflags -DADDR_ONLY -c %s -o %t.addr.o
// RUN: cmp %t.ref.o %t.addr.o
#include "Inputs/kern.h"

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(addr_of, struct inet_sock *inet)
{
	unsigned int saddr;
	bpf_probe_read_kernel(&saddr, sizeof(saddr), &inet->inet_saddr);
	sink = saddr;
#ifndef ADDR_ONLY
	sink += inet->sk.__sk_common.skc_dport;
#endif
	return 0;
}
// CHECK: field_byte_offset [{{[0-9]+}}] STRUCT 'inet_sock' access='0:1': inet_sock::inet_saddr
// CHECK-NEXT: field_byte_offset [{{[0-9]+}}] STRUCT 'inet_sock' access='0:0:0:1': inet_sock::sk.__sk_common.skc_dport
// CHECK-NOT: core_relo
// CODE-COUNT-2: call {{0x71|113}}
// CODE-NOT: call {{0x71|113}}
