// REQUIRES: host-btf
// BPF_KSYSCALL argument lists are checked against the syscall's body
// (__do_sys_<name>) in the kernel BTF: too many arguments, and a pointer
// where the kernel has an integer.
// RUN: %bpfcc %bpf_cflags -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags -Wno-bpfcc-syscall-args -fsyntax-only %s 2>&1 | FileCheck %s --allow-empty --check-prefix=OFF
// OFF-NOT: warning:
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

long seen;

// CHECK: proto-args.c:[[@LINE+2]]:43: warning: syscall getpid takes 0 arguments, but BPF_KSYSCALL(on_getpid) lists 1: 'bogus' reads a register the syscall does not set [-Wbpfcc-syscall-args]
SEC("ksyscall/getpid")
int BPF_KSYSCALL(on_getpid, unsigned long bogus)
{
	return 0;
}

// CHECK: proto-args.c:[[@LINE+2]]:33: warning: argument 1 of BPF_KSYSCALL(on_clone) is a pointer, but parameter 1 ('clone_flags') of syscall clone is an integer [-Wbpfcc-syscall-args]
SEC("ksyscall/clone")
int BPF_KSYSCALL(on_clone, int *flags, unsigned long newsp)
{
	seen += newsp;
	return 0;
}

// CHECK: proto-args.c:[[@LINE+2]]:5: warning: no syscall 'nosuch' in the kernel BTF /sys/kernel/btf/vmlinux: ksyscall/nosuch will not attach [-Wbpfcc-syscall-args]
SEC("ksyscall/nosuch")
int BPF_KSYSCALL(on_nosuch, int fd)
{
	return 0;
}
// CHECK-NOT: warning:
