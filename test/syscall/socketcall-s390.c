// On s390, socket syscalls are also reached through socketcall(2), which a
// ksyscall/connect program does not see: diagnosed.
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_s390 -I %S/Inputs/uapi/s390 -idirafter /usr/include/x86_64-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s
// CHECK: socketcall-s390.c:[[@LINE+4]]:5: warning: connect on s390 is also reached through socketcall(2) (__ARCH_WANT_SYS_SOCKETCALL), which this program does not see; trace ksyscall/socketcall too [-Wbpfcc-syscall-quirk]
#include "Inputs/kprobe-user.h"
long seen;
SEC("ksyscall/connect")
int BPF_KSYSCALL(on_connect, int fd)
{
	seen += fd;
	return 0;
}
