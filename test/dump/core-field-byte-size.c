// CO-RE relocation kind 1 (field_byte_size): bpfcc-dump prints the kind, the
// root type, the access string and the path it resolves to.
// RUN: %clang -g -O2 -target bpf -idirafter /usr/include/x86_64-linux-gnu -I%S/Inputs -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
#include "core-types.h"

SEC("raw_tp")
int prog(struct outer *o)
{
	return bpf_core_field_size(o->list[1].x);
}

// CHECK: core_relo sec='raw_tp' insn={{[0-9]+}} field_byte_size [{{[0-9]+}}] STRUCT 'outer' access='0:2:1:0': outer::list[1].x
// CHECK-NOT: core_relo
