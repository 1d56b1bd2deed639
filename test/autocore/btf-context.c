// In BTF-typed programs (fentry, tp_btf, lsm, iter) the verifier types the
// pointers: direct loads stay direct, and the object is clang-19's.
// RUN: %clang %bpf_cflags -c %s -o %t.ref.o
// RUN: %bpfcc %bpf_cflags -Rbpfcc-auto-core -c %s -o %t.o 2>&1 | count 0
// RUN: cmp %t.ref.o %t.o
#include "Inputs/kern.h"

SEC("fentry/do_exit")
int BPF_PROG(on_exit, long code)
{
	struct task_struct *t = bpf_get_current_task_btf();
	sink = t->real_parent->tgid + code;
	return 0;
}

SEC("tp_btf/sched_switch")
int BPF_PROG(on_switch, _Bool preempt, struct task_struct *prev)
{
	sink = prev->real_parent->pid;
	return 0;
}
