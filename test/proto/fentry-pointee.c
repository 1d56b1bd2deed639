// A pointer to the wrong struct is an error at the argument as spelled in
// the BPF_PROG invocation, with a note showing what the kernel passes and a
// fix-it with the kernel's type.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -c %s -o %t.o 2>&1 | FileCheck %s --strict-whitespace
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=FIXIT

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fentry/vfs_read")
int BPF_PROG(rd, struct inode *file, char *buf)
// CHECK: fentry-pointee.c:[[@LINE-1]]:32: error: argument 'file' does not match the kernel's 'struct file *file': 'struct inode *' points to a different type than the kernel's 'struct file *'
// The caret is at the name, the type is underlined, the fix-it below it:
// CHECK-NEXT: {{^ *[0-9]+ \| }}int BPF_PROG(rd, struct inode *file, char *buf)
// CHECK-NEXT: {{^ *\| {18}~{14}\^$}}
// CHECK-NEXT: {{^ *\| {18}struct file \*$}}
// CHECK-NEXT: fentry-pointee.c:[[@LINE-6]]:14: note: the kernel passes 'fentry/vfs_read' these arguments: (struct file *file, char *buf, size_t count, loff_t *pos)
// FIXIT: fix-it:"{{.*}}fentry-pointee.c":{[[@LINE-7]]:18-[[@LINE-7]]:32}:"struct file *"
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
