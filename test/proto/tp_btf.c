// tp_btf: btf_trace_sched_switch's FUNC_PROTO has no parameter names; they
// come from __bpf_trace_sched_switch. The kernel passes each tracepoint
// argument zero-extended from its own type to 64 bits (__CAST_TO_U64), so
// 'int preempt' for the kernel's bool reads the same value: no diagnostic
// (-Wbpfcc-proto-widen, off by default, reports it). A wider type for a
// signed argument turns negative values into large positive ones, and a
// narrower one loses bits: errors. Names that belong to another argument
// (a swapped list) are -Wbpfcc-proto-name warnings.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -c %s -o %t.o 2>&1 | FileCheck %s --strict-whitespace --implicit-check-not=warning: --implicit-check-not=error:
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -Wbpfcc-proto-widen -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=WIDEN

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("tp_btf/sched_switch")
int BPF_PROG(sw, int preempt, struct task_struct *prev)
// WIDEN: tp_btf.c:[[@LINE-1]]:22: warning: argument 'preempt' is wider than the kernel's 'bool preempt': 'int' is 4 bytes, but the kernel passes the 1-byte 'bool', zero-extended to 64 bits: the same value [-Wbpfcc-proto-widen]
{
	return 0;
}

SEC("tp_btf/signal_generate")
int BPF_PROG(sig, long sig)
// CHECK: tp_btf.c:[[@LINE-1]]:24: error: argument 'sig' does not match the kernel's 'int sig': 'long' is 8 bytes, but the kernel passes the 4-byte 'int', zero-extended to 64 bits: a negative value reads as a large positive one
// CHECK-NEXT: {{^ *[0-9]+ \| }}int BPF_PROG(sig, long sig)
// CHECK-NEXT: {{^ *\| +~~~~ \^$}}
// CHECK-NEXT: {{^ *\| +int$}}
// CHECK-NEXT: tp_btf.c:[[@LINE-5]]:14: note: the kernel passes 'tp_btf/signal_generate' these arguments: (int sig, struct kernel_siginfo *info, struct task_struct *task, int group, int result)
{
	return 0;
}

SEC("tp_btf/sched_switch")
int BPF_PROG(sw_narrow, bool preempt, struct task_struct *prev, struct task_struct *next, unsigned short prev_state)
// CHECK: tp_btf.c:[[@LINE-1]]:106: error: argument 'prev_state' does not match the kernel's 'unsigned int prev_state': 'unsigned short' is 2 bytes, but the kernel passes the 4-byte 'unsigned int'
{
	return 0;
}

// Names from the event class: next and prev swapped is a warning each,
// saying where each name belongs.
SEC("tp_btf/sched_switch")
int BPF_PROG(sw_names, bool preempt, struct task_struct *next, struct task_struct *prev)
// CHECK: tp_btf.c:[[@LINE-1]]:58: warning: argument 'next' is read from the slot of the kernel's 'prev' (argument 2); the kernel's 'next' is argument 3: the list looks shifted or swapped [-Wbpfcc-proto-name]
// CHECK: tp_btf.c:[[@LINE-2]]:14: note: the kernel passes 'tp_btf/sched_switch' these arguments: (bool preempt, struct task_struct *prev, struct task_struct *next, unsigned int prev_state)
// CHECK: tp_btf.c:[[@LINE-3]]:84: warning: argument 'prev' is read from the slot of the kernel's 'next' (argument 3); the kernel's 'prev' is argument 2: the list looks shifted or swapped [-Wbpfcc-proto-name]
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
