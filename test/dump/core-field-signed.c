// CO-RE relocation kind 3 (field_signed): bpfcc-dump prints the kind, the
// root type, the access string and the path it resolves to.
// RUN: %clang -g -O2 -target bpf -idirafter /usr/include/x86_64-linux-gnu -I%S/Inputs -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
#include "core-types.h"

SEC("raw_tp")
int prog(struct outer *o)
{
	return __builtin_preserve_field_info(o->in.bits, BPF_FIELD_SIGNED);
}

// CHECK: core_relo sec='raw_tp' insn={{[0-9]+}} field_signed [{{[0-9]+}}] STRUCT 'outer' access='0:1:1:1': outer::in.bits
// CHECK-NOT: core_relo
