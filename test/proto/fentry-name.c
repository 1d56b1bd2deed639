// Names mean nothing to BPF_PROG: an argument named unlike the kernel's
// parameter ('f' for 'file', 'len' for 'count'), but like none of its other
// parameters, is silent by default. -Wbpfcc-proto-rename (off by default)
// reports each, -Werror=bpfcc-proto-rename makes them errors. Names that
// belong to another kernel argument are tp_btf.c's case.
// REQUIRES: host-btf
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// RUN: %bpfcc %bpf_cflags -Wbpfcc-proto-rename -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -Werror=bpfcc-proto-rename -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=ERR
// OFF-NOT: {{.}}

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fentry/vfs_read")
int BPF_PROG(rd, struct file *f, char *buf, size_t len)
// CHECK: fentry-name.c:[[@LINE-1]]:31: warning: argument 'f' is called 'file' in the kernel [-Wbpfcc-proto-rename]
// CHECK: fentry-name.c:[[@LINE-2]]:14: note: the kernel passes 'fentry/vfs_read' these arguments: (struct file *file, char *buf, size_t count, loff_t *pos)
// CHECK: fentry-name.c:[[@LINE-3]]:52: warning: argument 'len' is called 'count' in the kernel [-Wbpfcc-proto-rename]
// CHECK: 2 warnings generated.
// ERR: fentry-name.c:[[@LINE-5]]:31: error: argument 'f' is called 'file' in the kernel [-Werror,-Wbpfcc-proto-rename]
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
