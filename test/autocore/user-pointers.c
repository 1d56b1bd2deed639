// bpf_probe_read_user where the pointer is user memory: a __user-tagged
// pointer (btf_type_tag("user")), a BPF_KSYSCALL argument, a uprobe's
// register. Kernel memory on the way there is still read as kernel memory.
// RUN: %bpfcc %bpf_cflags -Rbpfcc-auto-core -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: llvm-objdump -d %t.o | FileCheck %s --check-prefix=CODE
#include "Inputs/kern.h"

SEC("kprobe/do_readv")
int BPF_KPROBE(tagged, struct iovec_user *iov)
{
	sink = iov->base[0];
	return 0;
}
// CHECK: remark: load of 'iov->base' through a kernel pointer: CO-RE bpf_probe_read_kernel
// CHECK: remark: load of 'iov->base[0]' through a user pointer: CO-RE bpf_probe_read_user

SEC("ksyscall/newuname")
int BPF_KSYSCALL(sys_arg, char *buf)
{
	sink = buf[1];
	return 0;
}
// CHECK: remark: load of 'buf[1]' through a user pointer: CO-RE bpf_probe_read_user

SEC("uprobe//bin/bash:readline")
int BPF_KPROBE(uprobe_arg, const char *prompt)
{
	sink = *prompt;
	return 0;
}
// CHECK: remark: load of '*prompt' through a user pointer: CO-RE bpf_probe_read_user
// CODE-LABEL: <tagged>:
// CODE: call {{0x71|113}}
// CODE: call {{0x70|112}}
// CODE-LABEL: <sys_arg>:
// CODE: call {{0x70|112}}
// CODE-LABEL: <uprobe_arg>:
// CODE: call {{0x70|112}}
