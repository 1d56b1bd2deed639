// SEC("?...") programs are not loaded by default: a missing hook is a
// warning (-Wbpfcc-proto-missing), and the object is written.
// REQUIRES: host-btf
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: test -s %t.o
// RUN: %bpfcc %bpf_cflags -Wno-bpfcc-proto-missing -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// OFF-NOT: {{.}}

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("?fentry/bpfcc_no_such_function")
// CHECK: missing-hook-optional.c:[[@LINE-1]]:1: warning: 'fentry/bpfcc_no_such_function' will not load: no function 'bpfcc_no_such_function' in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing]
int BPF_PROG(f, int a)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
