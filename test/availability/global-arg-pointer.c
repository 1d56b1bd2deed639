// Kernels before 5.12 take only scalars and the calling program's context as
// arguments of a global subprogram ("Arg#0 type PTR in sum() is not
// supported yet"): for a 5.10 target, any other pointer parameter of a
// global function a program calls is an error at the parameter, with a
// note at the program and a fix-it making the function static; no object is
// written. A pointer to another program type's context counts as any other
// pointer (5.10 refuses it too). For 5.12 it compiles.
// RUN: rm -f %t.o
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.10 -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not test -e %t.o
// RUN: %bpfcc %bpf_cflags --target-kernel=5.12 -c %s -o %t.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct pair {
	int a, b;
};

__attribute__((noinline)) int sum(struct pair *p, int scale)
{
	return p ? (p->a + p->b) * scale : 0;
}
// CHECK: global-arg-pointer.c:[[@LINE-4]]:48: error: pointer parameter 'p' of global function 'sum' needs Linux 5.12, but the target kernel is 5.10
// CHECK: global-arg-pointer.c:[[PROG:[0-9]+]]:5: note: 'sum' is called from xdp program 'on_packet'; before Linux 5.12, a global function's pointer parameter must be that program's context, 'struct xdp_md *'
// CHECK: global-arg-pointer.c:[[@LINE-6]]:31: note: make 'sum' static to pass it any pointer
// CHECK: fix-it:"{{.*}}global-arg-pointer.c":{[[@LINE-7]]:1-[[@LINE-7]]:1}:"static "

__attribute__((noinline)) int skb_len(struct __sk_buff *skb)
{
	return skb ? skb->len : 0;
}
// CHECK: global-arg-pointer.c:[[@LINE-4]]:57: error: pointer parameter 'skb' of global function 'skb_len' needs Linux 5.12, but the target kernel is 5.10
// CHECK: global-arg-pointer.c:[[PROG]]:5: note: 'skb_len' is called from xdp program 'on_packet'

volatile int sink;

SEC("xdp")
int on_packet(struct xdp_md *ctx)
{
	struct pair p = { 1, 2 };
	struct __sk_buff fake = {};

	return sum(&p, 2) + skb_len(sink ? &fake : 0) ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";
// CHECK: 2 errors generated.
