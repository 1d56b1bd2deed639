// An array member copied whole (t->comm into a local array) is one read of
// the whole array, not one per element.
// RUN: %bpfcc %bpf_cflags -Rbpfcc-auto-core -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
// RUN: llvm-objdump -d %t.o | FileCheck %s --check-prefix=CODE
#include "Inputs/kern.h"

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} rb SEC(".maps");

SEC("raw_tp/sched_switch")
int comm(struct bpf_raw_tracepoint_args *ctx)
{
	struct task_struct *t = (struct task_struct *)ctx->args[1];
	char *e = bpf_ringbuf_reserve(&rb, 16, 0);
	if (!e)
		return 0;
	__builtin_memcpy(e, t->comm, sizeof(t->comm));
	bpf_ringbuf_submit(e, 0);
	return 0;
}
// REMARK: remark: copy from 't->comm' through a kernel pointer: CO-RE bpf_probe_read_kernel
// CHECK: field_byte_offset [{{[0-9]+}}] STRUCT 'task_struct' access='0:3': task_struct::comm
// CHECK-NOT: core_relo
// CODE: r2 = {{0x10|16}}
// CODE: call {{0x71|113}}
// CODE-NOT: call {{0x71|113}}
