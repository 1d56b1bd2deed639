// raw_tp: the same arguments as tp_btf (btf_trace_<tp>), checked the same
// way; raw_tracepoint/ is the long spelling of the section.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -c %s -o %t.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("raw_tp/sched_process_fork")
int BPF_PROG(fork, struct task_struct *parent, struct pid *child)
// CHECK: raw_tp.c:[[@LINE-1]]:60: error: argument 'child' does not match the kernel's 'struct task_struct *child': 'struct pid *' points to a different type than the kernel's 'struct task_struct *'
// CHECK: raw_tp.c:[[@LINE-2]]:14: note: the kernel passes 'raw_tp/sched_process_fork' these arguments: (struct task_struct *parent, struct task_struct *child)
{
	return 0;
}

SEC("raw_tracepoint/sched_process_fork")
int BPF_PROG(fork2, struct task_struct *parent, struct task_struct *child, void *extra)
// CHECK: raw_tp.c:[[@LINE-1]]:82: error: too many arguments: 'raw_tp/sched_process_fork' passes 2
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
