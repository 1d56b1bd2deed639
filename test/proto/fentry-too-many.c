// More arguments than the function has: an error at the first extra one.
// bpf_fentry_test1(int a) is the kernel's own fentry test target.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -c %s -o %t.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fentry/bpf_fentry_test1")
int BPF_PROG(t1, int a, int b)
// CHECK: fentry-too-many.c:[[@LINE-1]]:29: error: too many arguments: 'fentry/bpf_fentry_test1' passes 1
// CHECK: fentry-too-many.c:[[@LINE-2]]:14: note: the kernel passes 'fentry/bpf_fentry_test1' these arguments: (int a)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
