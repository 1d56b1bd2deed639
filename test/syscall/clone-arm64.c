// BPF_KSYSCALL(clone) on arm64 (CONFIG_CLONE_BACKWARDS) swaps tls and
// child_tidptr: diagnosed once the program lists a fourth argument.
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_arm64 -I %S/Inputs/uapi/arm64 -idirafter /usr/include/x86_64-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s
// CHECK: clone-arm64.c:[[@LINE+5]]:5: warning: clone on arm64 takes (clone_flags, newsp, parent_tidptr, tls, child_tidptr) (CONFIG_CLONE_BACKWARDS): arguments 4 and 5 are swapped relative to x86-64 [-Wbpfcc-syscall-quirk]
// CHECK-NOT: warning:
#include "Inputs/kprobe-user.h"
long seen;
SEC("ksyscall/clone")
int BPF_KSYSCALL(on_clone, unsigned long flags, unsigned long newsp, int *ptid, int *ctid)
{
	seen += flags;
	return 0;
}
SEC("ksyscall/clone")
int BPF_KSYSCALL(on_clone_flags, unsigned long flags)
{
	seen += flags;
	return 0;
}
