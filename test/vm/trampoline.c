// Issue 3 acceptance (b): fentry, fexit and lsm programs, which attach
// through BPF trampolines, are verified on Debian's 6.1 and 6.12 kernels.
// The build host refuses them before verification; test/kernel/trampoline.test
// loads the same object on any host that can (lit feature trampoline) and is
// UNSUPPORTED elsewhere.
//
// REQUIRES: vm-6.1, vm-6.12
// RUN: %clang %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-vmtest --kernel 6.1 %t.o | FileCheck %s
// RUN: %bpfcc-vmtest --kernel 6.12 %t.o | FileCheck %s
// CHECK: object file={{.*}}.o progs=3

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct file;

long calls, last_ret;

// bpf_fentry_test1(int a) returns a + 1 (net/bpf/test_run.c).
// CHECK-NEXT: prog name=enter_test1 section=fentry/bpf_fentry_test1 type=tracing result=ok errno=0 insns={{[0-9]+$}}
SEC("fentry/bpf_fentry_test1")
int BPF_PROG(enter_test1, int a)
{
	calls += a;
	return 0;
}

// fexit sees the arguments, then the return value.
// CHECK-NEXT: prog name=exit_test1 section=fexit/bpf_fentry_test1 type=tracing result=ok errno=0 insns={{[0-9]+$}}
SEC("fexit/bpf_fentry_test1")
int BPF_PROG(exit_test1, int a, int ret)
{
	last_ret = ret;
	return 0;
}

// An LSM hook ends with the return value of the previous LSM.
// CHECK-NEXT: prog name=check_open section=lsm/file_open type=lsm result=ok errno=0 insns={{[0-9]+$}}
SEC("lsm/file_open")
int BPF_PROG(check_open, struct file *file, int ret)
{
	return ret;
}

// CHECK-NOT: {{.}}

char LICENSE[] SEC("license") = "GPL";
