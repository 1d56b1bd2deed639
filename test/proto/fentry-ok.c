// A right argument list (a prefix of the kernel's is fine) compiles without
// any diagnostic, even with -Werror. fentry/vfs_read has been
// (struct file *file, char *buf, size_t count, loff_t *pos) since 2.6.
// REQUIRES: host-btf
// RUN: %bpfcc %bpf_cflags -Werror -c %s -o %t.o 2>&1 | FileCheck %s --allow-empty
// CHECK-NOT: {{.}}

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fentry/vfs_read")
int BPF_PROG(all_args, struct file *file, char *buf, size_t count, loff_t *pos)
{
	return 0;
}

SEC("fentry/vfs_read")
int BPF_PROG(prefix, struct file *file)
{
	return 0;
}

// void * matches any pointer.
SEC("fentry.s/vfs_read")
int BPF_PROG(voidp, void *file, void *buf)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
