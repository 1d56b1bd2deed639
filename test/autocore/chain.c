// A member chain of any depth becomes one CO-RE read per pointer it goes
// through, each relocated against the record it reads from.
// RUN: %bpfcc %bpf_cflags -Rbpfcc-auto-core -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
// RUN: llvm-objdump -d %t.o | FileCheck %s --check-prefix=CODE
#include "Inputs/kern.h"

SEC("raw_tp/sys_enter")
int chain(void *ctx)
{
	struct task_struct *t = (struct task_struct *)bpf_get_current_task();
	sink = t->real_parent->real_parent->tgid;
	return 0;
}
// REMARK: remark: load of 't->real_parent' through a kernel pointer: CO-RE bpf_probe_read_kernel [-Rbpfcc-auto-core]
// REMARK: remark: struct 'task_struct' made CO-RE relocatable (preserve_access_index) [-Rbpfcc-auto-core]
// REMARK: remark: load of 't->real_parent->real_parent' through a kernel pointer
// REMARK: remark: load of 't->real_parent->real_parent->tgid' through a kernel pointer
// Both real_parent reads use one relocated offset (clang materializes the
// constant once, as it does for BPF_CORE_READ's code).
// CHECK: field_byte_offset [{{[0-9]+}}] STRUCT 'task_struct' access='0:2': task_struct::real_parent
// CHECK-NEXT: field_byte_offset [{{[0-9]+}}] STRUCT 'task_struct' access='0:1': task_struct::tgid
// CHECK-NOT: core_relo
// CODE-COUNT-3: call {{0x71|113}}
// CODE-NOT: call {{0x71|113}}
