// A context struct for a hook the kernel lacks is an error where the
// struct is named.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags -c %s -o %t.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("fentry/bpfcc_no_such_function")
int n(struct fentry__bpfcc_no_such_function *ctx)
// CHECK: missing-hook.c:[[@LINE-1]]:14: error: no 'struct fentry__bpfcc_no_such_function': no function 'bpfcc_no_such_function' in the kernel BTF /sys/kernel/btf/vmlinux
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
