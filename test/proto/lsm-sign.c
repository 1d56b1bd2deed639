// lsm: a signed integer for the kernel's unsigned one reads the same bits:
// a warning under -Wbpfcc-proto-sign, with the kernel's type as fix-it.
// The sleepable and cgroup variants are checked against the same hook.
// REQUIRES: host-btf
// RUN: %bpfcc %bpf_cflags -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags -Wno-bpfcc-proto-sign -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// OFF-NOT: {{.}}

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("lsm/file_mprotect")
int BPF_PROG(mprot, struct vm_area_struct *vma, long reqprot, unsigned long prot, int ret)
// CHECK: lsm-sign.c:[[@LINE-1]]:54: warning: argument 'reqprot' has the wrong signedness: 'long' is signed, but the kernel passes the unsigned 'long unsigned int' [-Wbpfcc-proto-sign]
// CHECK: fix-it:"{{.*}}":{[[@LINE-2]]:49-[[@LINE-2]]:53}:"long unsigned int"
// CHECK-NEXT: lsm-sign.c:[[@LINE-3]]:14: note: the kernel passes 'lsm/file_mprotect' these arguments: (struct vm_area_struct *vma, long unsigned int reqprot, long unsigned int prot, int ret)
{
	return ret;
}

SEC("lsm.s/file_mprotect")
int BPF_PROG(mprot_s, struct vm_area_struct *vma, unsigned long reqprot, unsigned long prot, unsigned int ret)
// CHECK: lsm-sign.c:[[@LINE-1]]:107: warning: argument 'ret' has the wrong signedness: 'unsigned int' is unsigned, but the kernel passes the signed 'int' [-Wbpfcc-proto-sign]
{
	return ret;
}

SEC("lsm_cgroup/file_mprotect")
int BPF_PROG(mprot_cg, struct vm_area_struct *vma, unsigned long reqprot, unsigned long prot, int ret)
// CHECK-NOT: lsm-sign.c:[[@LINE-1]]
{
	return 1;
}

char LICENSE[] SEC("license") = "GPL";
