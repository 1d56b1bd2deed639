// Writable raw tracepoints (raw_tp.w/): the verifier gives the argument as a
// buffer the program reads and writes directly (PTR_TO_TP_BUFFER), so loads
// through it stay as written; a probe read would not see the program's own
// stores. (Linux 6.1 selftests, test_module_attach.c.) The same load in a
// plain raw_tp program is rewritten. (A module's tracepoint: no prototype check.)
// RUN: %clang %bpf_cflags -DWRITABLE -c %s -o %t.ref.o
// RUN: %bpfcc %bpf_cflags -DWRITABLE --bpfcc-no-proto-check -Rbpfcc-auto-core -c %s -o %t.o 2>&1 | count 0
// RUN: cmp %t.ref.o %t.o
// RUN: %bpfcc %bpf_cflags --bpfcc-no-proto-check -Rbpfcc-auto-core -c %s -o %t.rw.o 2>&1 | FileCheck %s
// CHECK: remark: {{.*}}[-Rbpfcc-auto-core]
#include "Inputs/kern.h"

struct writable_ctx {
	_Bool early_ret;
	int val;
};

int in_val, out_val;

#ifdef WRITABLE
SEC("raw_tp.w/bpf_testmod_test_writable_bare")
#else
SEC("raw_tp/bpf_testmod_test_writable_bare")
#endif
int BPF_PROG(writable_bare, struct writable_ctx *w)
{
	in_val = w->val;
	w->early_ret = 1;
	w->val = out_val;
	return 0;
}
