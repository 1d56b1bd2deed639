// Bitfields read with BPF_CORE_READ_BITFIELD_PROBED's semantics: the bytes
// holding the field at their relocated offset and size, then shifts by the
// relocated amounts, sign-extending when the kernel's field is signed.
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
#include "Inputs/kern.h"

SEC("perf_event")
int bits(void *ctx)
{
	struct task_struct *t = (struct task_struct *)bpf_get_current_task();
	sink = t->sched_reset_on_fork + t->prio;
	return 0;
}
// CHECK: field_byte_offset {{.*}} task_struct::sched_reset_on_fork
// CHECK: field_byte_size {{.*}} task_struct::sched_reset_on_fork
// CHECK: field_lshift_u64 {{.*}} task_struct::sched_reset_on_fork
// CHECK: field_signed {{.*}} task_struct::sched_reset_on_fork
// CHECK: field_rshift_u64 {{.*}} task_struct::sched_reset_on_fork
// CHECK: field_byte_offset {{.*}} task_struct::prio
// CHECK: field_byte_size {{.*}} task_struct::prio
// CHECK: field_lshift_u64 {{.*}} task_struct::prio
// CHECK: field_signed {{.*}} task_struct::prio
// CHECK: field_rshift_u64 {{.*}} task_struct::prio
