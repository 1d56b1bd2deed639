// CO-RE relocation kind 6 (type_id_local): bpfcc-dump prints the kind, the
// root type, the access string and the path it resolves to.
// RUN: %clang -g -O2 -target bpf -idirafter /usr/include/x86_64-linux-gnu -I%S/Inputs -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
#include "core-types.h"

SEC("raw_tp")
int prog(struct outer *o)
{
	return bpf_core_type_id_local(outer_t);
}

// CHECK: core_relo sec='raw_tp' insn={{[0-9]+}} type_id_local [{{[0-9]+}}] TYPEDEF 'outer_t' access='0': outer_t
// CHECK-NOT: core_relo
