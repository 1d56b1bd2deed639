// BPF_KSYSCALL(clone) on s390 (CONFIG_CLONE_BACKWARDS2) gets its first two
// arguments swapped relative to x86-64: diagnosed. x86 is silent.
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_s390 -I %S/Inputs/uapi/s390 -idirafter /usr/include/x86_64-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags -fsyntax-only %s 2>&1 | FileCheck %s --allow-empty --check-prefix=X86
// CHECK: clone-s390.c:[[@LINE+5]]:5: warning: clone on s390 takes (newsp, clone_flags, parent_tidptr, child_tidptr, tls) (CONFIG_CLONE_BACKWARDS2): its first two arguments are swapped relative to x86-64 [-Wbpfcc-syscall-quirk]
// X86-NOT: warning:
#include "Inputs/kprobe-user.h"
long seen;
SEC("ksyscall/clone")
int BPF_KSYSCALL(on_clone, unsigned long flags, unsigned long newsp)
{
	seen += flags + newsp;
	return 0;
}
