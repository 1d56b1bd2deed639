// Without --target-btf the checks read this machine's kernel BTF, which need
// not be the kernel the object is for (a 6.1 program built on a 6.18 host):
// what they find is a -Wbpfcc-host-kernel warning with a note saying so, the
// object is still written, and a plain -Werror does not turn it into an
// error (a -Werror build clang-19 accepts must build with bpfcc too).
// -Werror=bpfcc-host-kernel does; -Wno-bpfcc-host-kernel silences the
// warning and its notes.
// REQUIRES: host-btf
// RUN: rm -f %t.o
// RUN: %bpfcc %bpf_cflags -Werror -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: test -s %t.o
// RUN: not %bpfcc %bpf_cflags -Werror=bpfcc-host-kernel -c %s -o %t.err.o 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not test -e %t.err.o
// RUN: %bpfcc %bpf_cflags -Werror -Wno-bpfcc-host-kernel -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fentry/vfs_read")
int BPF_PROG(rd, unsigned long file)
// CHECK: host-kernel.c:[[@LINE-1]]:32: warning: argument 'file' does not match the kernel's 'struct file *file': 'unsigned long' is not a pointer, but the kernel passes 'struct file *' [-Wbpfcc-host-kernel]
// CHECK: host-kernel.c:[[@LINE-2]]:14: note: the kernel passes 'fentry/vfs_read' these arguments: (struct file *file, char *buf, size_t count, loff_t *pos)
// CHECK: host-kernel.c:[[@LINE-3]]:14: note: checked against this machine's kernel BTF /sys/kernel/btf/vmlinux, which may not be the kernel the object is for; name the target with --target-btf=FILE to make this an error
// ERR: host-kernel.c:[[@LINE-4]]:32: error: argument 'file' does not match the kernel's 'struct file *file': 'unsigned long' is not a pointer, but the kernel passes 'struct file *' [-Werror,-Wbpfcc-host-kernel]
// OFF-NOT: {{warning|note|error}}:
{
	return 0;
}

// A hook this machine's kernel lacks may well exist on the target: nothing
// (missing-hook.c has the cases that are reported).
SEC("fentry/bpfcc_no_such_function")
// CHECK-NOT: bpfcc_no_such_function
int BPF_PROG(f, int a)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
