// Trampolines of kernels before 6.1 pass no struct arguments by value: the
// verifier refuses the attach target at load ("arg1 type STRUCT is
// unsupported"). A program that declares such an argument (BPF_PROG2 with
// the struct type) says so itself: for a 5.10 target that is an error at
// the program, naming the section, the hook, the argument and 6.1, with a
// note at the declaration; no object is written. No kernel BTF is needed.
// For 6.1 it compiles.
// REQUIRES: host-btf
// RUN: rm -f %t.o
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.10 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not test -e %t.o
// RUN: %bpfcc %bpf_cflags --target-kernel=6.1 -c %s -o %t.o
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("lsm/path_chown")
int BPF_PROG2(on_chown, const struct path *, path, kuid_t, uid, kgid_t, gid)
{
	return uid.val == 0 ? -1 : 0;
}
// CHECK: hook-struct-arg-declared.c:[[@LINE-4]]:{{[0-9]+}}: error: SEC("lsm/path_chown") needs Linux 6.1, but the target kernel is 5.10: the hook 'path_chown' takes 'kuid_t uid' by value, and older kernels pass no struct arguments to fentry, fexit, fmod_ret and lsm programs
// CHECK: hook-struct-arg-declared.c:[[@LINE-5]]:{{[0-9]+}}: note: the program declares it by value here
// CHECK: 1 error generated.
char LICENSE[] SEC("license") = "GPL";
