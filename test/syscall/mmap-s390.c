// mmap on s390 is old_mmap: BPF_KSYSCALL(mmap, addr, len, ...) is diagnosed.
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_s390 -I %S/Inputs/uapi/s390 -idirafter /usr/include/x86_64-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s
// CHECK: mmap-s390.c:[[@LINE+4]]:5: warning: mmap on s390 is old_mmap (__ARCH_WANT_SYS_OLD_MMAP): its only argument is a pointer to struct mmap_arg_struct [-Wbpfcc-syscall-quirk]
#include "Inputs/kprobe-user.h"
long seen;
SEC("ksyscall/mmap")
int BPF_KSYSCALL(on_mmap, unsigned long addr, unsigned long len)
{
	seen += len;
	return 0;
}
