// Loads through a named context struct compile to the same instructions as
// the BPF_PROG version: pointer and 8-byte arguments, fentry and fexit
// (whose 'ret' follows the arguments). vfs_read's prototype is stable.
// REQUIRES: host-btf
// RUN: %bpfcc %bpf_cflags -c %s -o %t.prog.o
// RUN: %bpfcc %bpf_cflags -DCTX -c %s -o %t.ctx.o
// RUN: llvm-objdump -d --no-show-raw-insn %t.prog.o | tail -n +3 > %t.prog.s
// RUN: llvm-objdump -d --no-show-raw-insn %t.ctx.o | tail -n +3 > %t.ctx.s
// RUN: diff %t.prog.s %t.ctx.s
// The programs do load through the context (not an empty comparison):
// RUN: FileCheck %s < %t.ctx.s
// CHECK: <enter>:
// CHECK: r{{[0-9]}} = *(u64 *)(r1 + 0x10)
// CHECK: <leave>:
// CHECK: r{{[0-9]}} = *(u64 *)(r1 + 0x20)

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

// One store per program and simple expressions: BPF_PROG loads every
// argument up front, the struct where it is used, so in longer expressions
// the optimizer may order independent loads and additions differently
// (same loads, other order). What is compared here is what is loaded.
long bytes, result;

#ifdef CTX
SEC("fentry/vfs_read")
int enter(struct fentry__vfs_read *ctx)
{
	bytes += ctx->count + (long)ctx->file->f_inode;
	return 0;
}

SEC("fexit/vfs_read")
int leave(struct fexit__vfs_read *ctx)
{
	result += ctx->count + ctx->ret;
	return 0;
}
#else
SEC("fentry/vfs_read")
int BPF_PROG(enter, struct file *file, char *buf, size_t count)
{
	bytes += count + (long)file->f_inode;
	return 0;
}

SEC("fexit/vfs_read")
int BPF_PROG(leave, struct file *file, char *buf, size_t count, loff_t *pos, ssize_t ret)
{
	result += count + ret;
	return 0;
}
#endif

char LICENSE[] SEC("license") = "GPL";
