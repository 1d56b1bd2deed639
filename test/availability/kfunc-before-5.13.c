// Kernels before 5.13 cannot call kfuncs at all, and nothing in the object
// can stand in for the call: an error at the call naming the kfunc, even a
// __weak one. 5.13 itself has kfunc calls (without --target-btf the kfunc
// itself is not checked).
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.10 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags --target-kernel=5.13 -c %s -o %t.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_rcu_read_lock(void) __ksym;
extern void bpf_rcu_read_unlock(void) __ksym __weak;

SEC("tp_btf/sched_switch")
int prog(void *ctx)
{
	bpf_rcu_read_lock();
	bpf_rcu_read_unlock();
	return 0;
}
char LICENSE[] SEC("license") = "GPL";

// CHECK: kfunc-before-5.13.c:16:2: error: kfunc 'bpf_rcu_read_lock' cannot be called on the target kernel 5.10: kfunc calls need Linux 5.13
// CHECK: kfunc-before-5.13.c:10:13: note: 'bpf_rcu_read_lock' is declared here as a kfunc
// CHECK: kfunc-before-5.13.c:17:2: error: kfunc 'bpf_rcu_read_unlock' cannot be called on the target kernel 5.10: kfunc calls need Linux 5.13
// CHECK: 2 errors generated.
