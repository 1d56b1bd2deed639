// bcc's rewriter failed on TCP_SKB_CB(skb)->seq (the address of a kernel
// array member, cast to another record pointer; bcc PR 1796): here the
// address is computed without a read, then one read of `seq`.
// RUN: %bpfcc %bpf_cflags -Rbpfcc-auto-core -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: llvm-objdump -d %t.o | FileCheck %s --check-prefix=CODE
#include "Inputs/kern.h"
#define TCP_SKB_CB(__skb) ((struct tcp_skb_cb *)&((__skb)->cb[0]))

SEC("kprobe/tcp_rcv_established")
int BPF_KPROBE(seq, void *sk, struct sk_buff *skb)
{
	sink = TCP_SKB_CB(skb)->seq;
	return 0;
}
// CHECK: remark: load of '{{.*}}->seq' through a kernel pointer: CO-RE bpf_probe_read_kernel
// CHECK-NOT: remark: load
// CODE-COUNT-1: call {{0x71|113}}
// CODE-NOT: call {{0x71|113}}
