// With only --target-kernel, the hook's arguments come from this machine's
// kernel BTF, which need not be the target's: a struct argument found there
// is a -Wbpfcc-host-kernel warning with a note naming the BTF read, and the
// object is written (-Werror=bpfcc-host-kernel makes it an error;
// --bpfcc-no-availability turns it off).
// REQUIRES: host-btf
// RUN: %bpfcc %bpf_cflags --target-kernel=5.10 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: test -e %t.o
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.10 -Werror=bpfcc-host-kernel -c %s -o %t.o
// RUN: %bpfcc %bpf_cflags --target-kernel=5.10 --bpfcc-no-availability -c %s -o %t.o 2>&1 | count 0
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("lsm/path_chown")
int BPF_PROG(on_chown, const struct path *path)
{
	return 0;
}
// CHECK: hook-struct-arg-host.c:[[@LINE-4]]:{{[0-9]+}}: warning: SEC("lsm/path_chown") needs Linux 6.1, but the target kernel is 5.10: the hook 'path_chown' takes 'kuid_t uid' by value, and older kernels pass no struct arguments to fentry, fexit, fmod_ret and lsm programs [-Wbpfcc-host-kernel]
// CHECK: hook-struct-arg-host.c:[[@LINE-5]]:{{[0-9]+}}: note: checked against this machine's kernel BTF /sys/kernel/btf/vmlinux, which may not be the kernel the object is for; name the target with --target-btf=FILE to make this an error
char LICENSE[] SEC("license") = "GPL";
