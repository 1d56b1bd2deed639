// fexit: the return value comes after every argument. 'ret' declared in the
// slot of an argument is an error; the fix-it inserts the missing arguments.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fexit/vfs_read")
int BPF_PROG(rd_exit, struct file *file, char *buf, ssize_t ret)
// CHECK: fexit-ret-early.c:[[@LINE-1]]:61: error: 'ret' is read from the slot of argument 'count': the return value comes after all 4 arguments of 'fexit/vfs_read'
// CHECK: fix-it:"{{.*}}":{[[@LINE-2]]:53-[[@LINE-2]]:53}:"size_t count, loff_t *pos, "
// CHECK-NEXT: fexit-ret-early.c:[[@LINE-3]]:14: note: the kernel passes 'fexit/vfs_read' these arguments: (struct file *file, char *buf, size_t count, loff_t *pos, ssize_t ret)
{
	return 0;
}

// The right list: no diagnostic.
SEC("fexit/vfs_read")
int BPF_PROG(rd_exit_ok, struct file *file, char *buf, size_t count, loff_t *pos, ssize_t ret)
// CHECK-NOT: fexit-ret-early.c:[[@LINE-1]]
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
