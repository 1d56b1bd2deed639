// SEC("?...") programs are not loaded unless user space asks for them: a
// hook the kernel lacks is at most a remark (-Rbpfcc-proto-missing, off by
// default), with the close name if there is one, and the object is written.
// REQUIRES: host-btf
// RUN: %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// RUN: test -s %t.o
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// RUN: %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -Rbpfcc-proto-missing -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s
// OFF-NOT: {{.}}

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("?fentry/bpfcc_no_such_function")
// CHECK: missing-hook-optional.c:[[@LINE-1]]:1: remark: 'fentry/bpfcc_no_such_function' will not load: no function 'bpfcc_no_such_function' in the kernel BTF /sys/kernel/btf/vmlinux [-Rbpfcc-proto-missing]
int BPF_PROG(f, int a)
{
	return 0;
}

SEC("?fentry/vfs_raed")
// CHECK: missing-hook-optional.c:[[@LINE-1]]:1: remark: 'fentry/vfs_raed' will not load: no function 'vfs_raed' in the kernel BTF /sys/kernel/btf/vmlinux; did you mean 'vfs_read'? [-Rbpfcc-proto-missing]
// CHECK: fix-it:"{{.*}}":{[[@LINE-2]]:14-[[@LINE-2]]:22}:"vfs_read"
int BPF_PROG(g, struct file *file)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
