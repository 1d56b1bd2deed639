// A context struct must be the one of its program's section: an error at
// the struct's name, with the right name as the fix-it.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

SEC("fentry/vfs_write")
int w(struct fentry__vfs_read *ctx)
// CHECK: mismatch.c:[[@LINE-1]]:14: error: 'struct fentry__vfs_read' is the context of 'fentry/vfs_read', but this program is 'SEC("fentry/vfs_write")'; use 'struct fentry__vfs_write'
// CHECK: fix-it:"{{.*}}":{[[@LINE-2]]:14-[[@LINE-2]]:30}:"fentry__vfs_write"
{
	return 0;
}

// Same hook, other kind: fexit's struct has 'ret', fentry's has not.
SEC("fentry/vfs_read")
int r(struct fexit__vfs_read *ctx)
// CHECK: mismatch.c:[[@LINE-1]]:14: error: 'struct fexit__vfs_read' is the context of 'fexit/vfs_read', but this program is 'SEC("fentry/vfs_read")'; use 'struct fentry__vfs_read'
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
