// A scalar where the kernel passes a pointer, and an integer of the wrong
// size, are errors (the program would read the wrong bits); both get the
// kernel's type as a fix-it. The prototype note comes once per program.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fentry/vfs_read")
int BPF_PROG(rd, unsigned long file, char *buf, unsigned int count)
// CHECK: fentry-scalar.c:[[@LINE-1]]:32: error: argument 'file' does not match the kernel's 'struct file *file': 'unsigned long' is not a pointer, but the kernel passes 'struct file *'
// CHECK: fix-it:"{{.*}}":{[[@LINE-2]]:18-[[@LINE-2]]:31}:"struct file *"
// CHECK-NEXT: fentry-scalar.c:[[@LINE-3]]:14: note: the kernel passes 'fentry/vfs_read' these arguments: (struct file *file, char *buf, size_t count, loff_t *pos)
// CHECK: fentry-scalar.c:[[@LINE-4]]:62: error: argument 'count' does not match the kernel's 'size_t count': 'unsigned int' is 4 bytes, but the kernel passes the 8-byte 'size_t'
// CHECK: fix-it:"{{.*}}":{[[@LINE-5]]:49-[[@LINE-5]]:61}:"size_t"
// CHECK-NOT: note:
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
