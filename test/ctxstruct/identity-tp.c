// Instruction identity for tp_btf and raw_tp context structs (pointer
// arguments of sched_process_fork, stable since 2.6) with BPF_PROG.
// REQUIRES: host-btf
// RUN: %bpfcc %bpf_cflags -c %s -o %t.prog.o
// RUN: %bpfcc %bpf_cflags -DCTX -c %s -o %t.ctx.o
// RUN: llvm-objdump -d --no-show-raw-insn %t.prog.o | tail -n +3 > %t.prog.s
// RUN: llvm-objdump -d --no-show-raw-insn %t.ctx.o | tail -n +3 > %t.ctx.s
// RUN: diff %t.prog.s %t.ctx.s
// RUN: FileCheck %s < %t.ctx.s
// CHECK: <fork_btf>:
// CHECK: r{{[0-9]}} = *(u64 *)(r1 + 0x8)
// CHECK: <fork_raw>:

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

long pids;
void *last;

#ifdef CTX
SEC("tp_btf/sched_process_fork")
int fork_btf(struct tp_btf__sched_process_fork *ctx)
{
	pids += ctx->child->pid + ctx->parent->tgid;
	return 0;
}

SEC("raw_tp/sched_process_fork")
int fork_raw(struct raw_tp__sched_process_fork *ctx)
{
	last = ctx->child;
	return 0;
}
#else
SEC("tp_btf/sched_process_fork")
int BPF_PROG(fork_btf, struct task_struct *parent, struct task_struct *child)
{
	pids += child->pid + parent->tgid;
	return 0;
}

SEC("raw_tp/sched_process_fork")
int BPF_PROG(fork_raw, struct task_struct *parent, struct task_struct *child)
{
	last = child;
	return 0;
}
#endif

char LICENSE[] SEC("license") = "GPL";
