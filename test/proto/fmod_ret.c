// fmod_ret programs see the traced function's arguments, then 'int ret'.
// bpf_modify_return_test(int a, int *b) is the kernel's own test target.
// An 8-byte 'ret' for the 4-byte int is an error: the bits above an int in
// its slot are not defined (for fmod_ret the slot holds a BPF program's or
// the function's result).
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fmod_ret/bpf_modify_return_test")
int BPF_PROG(mod, int a, int *b, long ret)
// CHECK: fmod_ret.c:[[@LINE-1]]:39: error: argument 'ret' does not match the kernel's 'int ret': 'long' is 8 bytes, but the kernel passes the 4-byte 'int': the upper 32 bits of its slot are not defined{{$}}
// CHECK: fix-it:"{{.*}}":{[[@LINE-2]]:34-[[@LINE-2]]:38}:"int"
// CHECK-NEXT: fmod_ret.c:[[@LINE-3]]:14: note: the kernel passes 'fmod_ret/bpf_modify_return_test' these arguments: (int a, int *b, int ret)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
