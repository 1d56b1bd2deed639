// iter: bpf_iter_task(struct bpf_iter_meta *meta, struct task_struct *task)
// gives the slots of struct bpf_iter__task; BPF_PROG reads them too.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -c %s -o %t.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("iter/task")
int BPF_PROG(ok, struct bpf_iter_meta *meta, struct task_struct *task)
// CHECK-NOT: iter.c:[[@LINE-1]]
{
	return 0;
}

SEC("iter/task")
int BPF_PROG(bad, struct bpf_iter_meta *meta, struct file *task)
// CHECK: iter.c:[[@LINE-1]]:60: error: argument 'task' does not match the kernel's 'struct task_struct *task': 'struct file *' points to a different type than the kernel's 'struct task_struct *'
// CHECK: iter.c:[[@LINE-2]]:14: note: the kernel passes 'iter/task' these arguments: (struct bpf_iter_meta *meta, struct task_struct *task)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
