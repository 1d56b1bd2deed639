// Real mistakes in the same style as multi-kernel-sound.c, each reported
// against this machine's BTF (a warning, with the kernel's type or the
// close hook name as a fix-it) and against Debian's 6.1 BTF:
//   - sched_switch written without 'preempt': every argument is read one
//     slot early; the pointer where the kernel passes 'bool' is an error
//     with --target-btf (its fix-it inserts the missing 'bool preempt, ',
//     as 'prev' names the kernel's second argument), 'next' in the slot of
//     the kernel's 'prev' a -Wbpfcc-proto-name warning, both saying where
//     the names belong;
//   - 'long ret' for do_unlinkat's 'int': -ENOENT reads as 4294967294;
//   - a misspelt hook: a warning with 'did you mean', also with
//     --target-btf (never an error: user space may disable the program).
// REQUIRES: host-btf, vm-6.1
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc %bpf_cflags -fdiagnostics-parseable-fixits -c %s -o %t/host.o 2>&1 | FileCheck %s --check-prefixes=CHECK,HOST --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -s %t/host.o
// RUN: %bpfcc-vmtest --kernel 6.1 --btf-out %t/btf-6.1
// RUN: not %bpfcc %bpf_cflags --target-btf=%t/btf-6.1 -fdiagnostics-parseable-fixits -c %s -o %t/61.o 2>&1 | FileCheck %s --check-prefixes=CHECK,V61 --implicit-check-not=warning: --implicit-check-not=error:
// RUN: not test -e %t/61.o

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

__u64 switches, failures, unlinks;

SEC("tp_btf/sched_switch")
int BPF_PROG(sched_switch, struct task_struct *prev, struct task_struct *next)
// HOST: multi-kernel-mistakes.c:[[@LINE-1]]:48: warning: argument 'prev' does not match the kernel's 'bool preempt': 'struct task_struct *' is not an integer, but the kernel passes 'bool' [-Wbpfcc-host-kernel]
// V61: multi-kernel-mistakes.c:[[@LINE-2]]:48: error: argument 'prev' does not match the kernel's 'bool preempt': 'struct task_struct *' is not an integer, but the kernel passes 'bool'{{$}}
// CHECK: fix-it:"{{.*}}":{[[@LINE-3]]:28-[[@LINE-3]]:28}:"bool preempt, "
// CHECK: multi-kernel-mistakes.c:[[@LINE-4]]:14: note: the kernel passes 'tp_btf/sched_switch' these arguments: (bool preempt, struct task_struct *prev, struct task_struct *next, unsigned int prev_state)
// HOST: multi-kernel-mistakes.c:[[@LINE-5]]:14: note: checked against this machine's kernel BTF
// CHECK: multi-kernel-mistakes.c:[[@LINE-6]]:48: note: the kernel's 'prev' is argument 2, not 1: the list looks shifted or swapped
// CHECK: multi-kernel-mistakes.c:[[@LINE-7]]:74: warning: argument 'next' is read from the slot of the kernel's 'prev' (argument 2); the kernel's 'next' is argument 3: the list looks shifted or swapped [-Wbpfcc-proto-name]
{
	if (next->pid)
		__sync_fetch_and_add(&switches, 1);
	return 0;
}

SEC("fexit/do_unlinkat")
int BPF_PROG(do_unlinkat_exit, int dfd, struct filename *name, long ret)
// HOST: multi-kernel-mistakes.c:[[@LINE-1]]:69: warning: argument 'ret' does not match the kernel's 'int ret': 'long' is 8 bytes, but the kernel passes the 4-byte 'int', and the upper 32 bits of its slot are zero: a negative errno reads as a large positive value [-Wbpfcc-host-kernel]
// V61: multi-kernel-mistakes.c:[[@LINE-2]]:69: error: argument 'ret' does not match the kernel's 'int ret': 'long' is 8 bytes, but the kernel passes the 4-byte 'int', and the upper 32 bits of its slot are zero: a negative errno reads as a large positive value{{$}}
// CHECK: fix-it:"{{.*}}":{[[@LINE-3]]:64-[[@LINE-3]]:68}:"int"
// CHECK: multi-kernel-mistakes.c:[[@LINE-4]]:14: note: the kernel passes 'fexit/do_unlinkat' these arguments: (int dfd, struct filename *name, int ret)
{
	if (ret < 0)
		__sync_fetch_and_add(&failures, 1);
	return 0;
}

SEC("fentry/do_unlinkta")
// HOST: multi-kernel-mistakes.c:[[@LINE-1]]:1: warning: 'fentry/do_unlinkta' cannot attach: no function 'do_unlinkta' in the kernel BTF /sys/kernel/btf/vmlinux; did you mean 'do_unlinkat'? [-Wbpfcc-proto-missing]
// V61: multi-kernel-mistakes.c:[[@LINE-2]]:1: warning: 'fentry/do_unlinkta' cannot attach: no function 'do_unlinkta' in the kernel BTF {{.*}}btf-6.1; did you mean 'do_unlinkat'? [-Wbpfcc-proto-missing]
// CHECK: fix-it:"{{.*}}":{[[@LINE-3]]:13-[[@LINE-3]]:24}:"do_unlinkat"
int BPF_PROG(do_unlinkat, int dfd, struct filename *name)
{
	__sync_fetch_and_add(&unlinks, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
