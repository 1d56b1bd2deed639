// With --target-btf, the hook's arguments come from the target's BTF: in
// Debian 11's 5.10, bpf_lsm_path_chown takes 'kuid_t uid' by value (a
// struct), so a program on it cannot load there even if it declares only
// the path; the version comes from the BTF's enums (at most 5.10). Against
// Debian 12's 6.1 BTF the same program compiles.
// REQUIRES: vm-5.10, vm-6.1, host-btf
// RUN: %bpfcc-vmtest --kernel 5.10 --btf-out %t.btf-5.10
// RUN: %bpfcc-vmtest --kernel 6.1 --btf-out %t.btf-6.1
// RUN: not %bpfcc %bpf_cflags --target-btf=%t.btf-5.10 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags --target-btf=%t.btf-6.1 -c %s -o %t.o
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("lsm/path_chown")
int BPF_PROG(on_chown, const struct path *path)
{
	return 0;
}
// CHECK: hook-struct-arg-btf.c:[[@LINE-4]]:{{[0-9]+}}: error: SEC("lsm/path_chown") needs Linux 6.1, but the target BTF's enums say the target kernel is at most 5.10: the hook 'path_chown' takes 'kuid_t uid' by value, and older kernels pass no struct arguments to fentry, fexit, fmod_ret and lsm programs
// CHECK-NOT: note:
// CHECK: 1 error generated.
char LICENSE[] SEC("license") = "GPL";
