// tp_btf: btf_trace_sched_switch's FUNC_PROTO has no parameter names; they
// come from __bpf_trace_sched_switch. 'int preempt' for the kernel's bool
// reads 4 bytes of a 1-byte value: an error.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -c %s -o %t.o 2>&1 | FileCheck %s --strict-whitespace

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("tp_btf/sched_switch")
int BPF_PROG(sw, int preempt, struct task_struct *prev)
// CHECK: tp_btf.c:[[@LINE-1]]:22: error: argument 'preempt' does not match the kernel's 'bool preempt': 'int' is 4 bytes, but the kernel passes the 1-byte 'bool'
// CHECK-NEXT: {{^ *[0-9]+ \| }}int BPF_PROG(sw, int preempt
// CHECK-NEXT: {{^ *\| +~~~ \^$}}
// CHECK-NEXT: {{^ *\| +bool$}}
// CHECK-NEXT: tp_btf.c:[[@LINE-5]]:14: note: the kernel passes 'tp_btf/sched_switch' these arguments: (bool preempt, struct task_struct *prev, struct task_struct *next, unsigned int prev_state)
{
	return 0;
}

// Names from the event class: next and prev swapped is a warning each.
SEC("tp_btf/sched_switch")
int BPF_PROG(sw_names, bool preempt, struct task_struct *next, struct task_struct *prev)
// CHECK: tp_btf.c:[[@LINE-1]]:58: warning: argument 'next' is called 'prev' in the kernel [-Wbpfcc-proto-name]
// CHECK: tp_btf.c:[[@LINE-2]]:84: warning: argument 'prev' is called 'next' in the kernel [-Wbpfcc-proto-name]
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
