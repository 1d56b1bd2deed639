// CO-RE relocation kind 10 (enumval_exists): bpfcc-dump prints the kind, the
// root type, the access string and the path it resolves to.
// RUN: %clang -g -O2 -target bpf -idirafter /usr/include/x86_64-linux-gnu -I%S/Inputs -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
#include "core-types.h"

SEC("raw_tp")
int prog(struct outer *o)
{
	return bpf_core_enum_value_exists(enum color, GREEN);
}

// CHECK: core_relo sec='raw_tp' insn={{[0-9]+}} enumval_exists [{{[0-9]+}}] ENUM 'color' access='1': color::GREEN
// CHECK-NOT: core_relo
