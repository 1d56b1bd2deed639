// tp_btf and raw_tp programs with named context structs load into the host
// kernel (which refuses trampoline programs: fentry/fexit/lsm are in
// load-vm-*.test). The structs come from the host's own BTF.
// REQUIRES: bpf-load, host-btf
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-load %t.o | FileCheck %s
// CHECK: prog name=fork_btf section=tp_btf/sched_process_fork type=tracing result=ok
// CHECK: prog name=switch_btf section=tp_btf/sched_switch type=tracing result=ok
// CHECK: prog name=fork_raw section=raw_tp/sched_process_fork type=raw_tracepoint result=ok

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

long pids, switches;

// BTF-typed pointers: direct loads.
SEC("tp_btf/sched_process_fork")
int fork_btf(struct tp_btf__sched_process_fork *ctx)
{
	pids += ctx->child->pid;
	return 0;
}

// Narrow fields (bool, unsigned int) are read at their slots.
SEC("tp_btf/sched_switch")
int switch_btf(struct tp_btf__sched_switch *ctx)
{
	if (!ctx->preempt && ctx->prev_state == 0)
		switches += ctx->next->pid;
	return 0;
}

// raw_tp: the pointers are not BTF-typed, read them with CO-RE reads.
SEC("raw_tp/sched_process_fork")
int fork_raw(struct raw_tp__sched_process_fork *ctx)
{
	pids += BPF_CORE_READ(ctx->child, pid);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
