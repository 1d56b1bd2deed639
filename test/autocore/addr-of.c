// bcc issue 1830: `&p->b` is address computation, not a read. The only
// read here is the program's own bpf_probe_read_kernel; the address it is
// given is CO-RE relocated (the hand-written record gets
// preserve_access_index).
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
// RUN: llvm-objdump -d %t.o | FileCheck %s --check-prefix=CODE
#include "Inputs/kern.h"

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(addr_of, struct inet_sock *inet)
{
	unsigned int saddr;
	bpf_probe_read_kernel(&saddr, sizeof(saddr), &inet->inet_saddr);
	sink = saddr;
	return 0;
}
// CHECK: field_byte_offset [{{[0-9]+}}] STRUCT 'inet_sock' access='0:1': inet_sock::inet_saddr
// CHECK-NOT: core_relo
// CODE-COUNT-1: call {{0x71|113}}
// CODE-NOT: call {{0x71|113}}
