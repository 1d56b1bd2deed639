// On a kernel without BPF trampolines (the 6.18 build host), fentry programs
// are refused before verification: there is no verifier log, so bpfcc-load
// shows libbpf's messages instead, reports insns=- and exit status 1. The
// programs beside it still load. --probe-trampoline says why and exits 1.
//
// REQUIRES: bpf-load, !trampoline
// RUN: %clang %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-load %t.o > %t.out || echo "exit=$?" >> %t.out
// RUN: FileCheck %s --input-file %t.out
// RUN: not %bpfcc-load --probe-trampoline | FileCheck %s --check-prefix=PROBE
// PROBE: this kernel cannot load trampoline (fentry/fexit/lsm) programs: {{.+}}

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

// EPERM is 1.
// CHECK:      prog name=on_test1 section=fentry/bpf_fentry_test1 type=tracing result=fail errno=1 insns=-
// CHECK-NEXT: {{^  }}libbpf: prog 'on_test1': BPF program load failed: Operation not permitted
SEC("fentry/bpf_fentry_test1")
int BPF_PROG(on_test1, int a)
{
	return 0;
}

// CHECK:      prog name=still_loads section=xdp type=xdp result=ok
SEC("xdp")
int still_loads(struct xdp_md *ctx)
{
	return XDP_PASS;
}

// CHECK-NEXT: exit=1

char LICENSE[] SEC("license") = "GPL";
