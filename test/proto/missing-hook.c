// A hook the kernel does not have cannot attach: an error at SEC().
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -c %s -o %t.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fentry/bpfcc_no_such_function")
// CHECK: missing-hook.c:[[@LINE-1]]:1: error: 'fentry/bpfcc_no_such_function' cannot attach: no function 'bpfcc_no_such_function' in the kernel BTF /sys/kernel/btf/vmlinux
int BPF_PROG(f, int a)
{
	return 0;
}

SEC("lsm/bpfcc_no_such_hook")
// CHECK: missing-hook.c:[[@LINE-1]]:1: error: 'lsm/bpfcc_no_such_hook' cannot attach: no LSM hook 'bpfcc_no_such_hook' (function bpf_lsm_bpfcc_no_such_hook) in the kernel BTF /sys/kernel/btf/vmlinux
int BPF_PROG(l, int ret)
{
	return 0;
}

SEC("tp_btf/bpfcc_no_such_tp")
// CHECK: missing-hook.c:[[@LINE-1]]:1: error: 'tp_btf/bpfcc_no_such_tp' cannot attach: no tracepoint 'bpfcc_no_such_tp' (typedef btf_trace_bpfcc_no_such_tp) in the kernel BTF /sys/kernel/btf/vmlinux
int BPF_PROG(t)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
