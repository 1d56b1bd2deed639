// REQUIRES: vm-6.1, vm-6.12, host-btf
// The same objects load on Debian's 6.1 and 6.12 kernels: the load-time
// decision (libbpf fills LINUX_HAS_SYSCALL_WRAPPER) and the folded one.
// RUN: %bpfcc %bpf_cflags -c %S/Inputs/ksyscall-vmlinux.c -o %t.kconfig.o
// RUN: %bpfcc %bpf_cflags --target-kernel=6.1 -c %S/Inputs/ksyscall-vmlinux.c -o %t.folded.o
// RUN: %bpfcc-vmtest --kernel 6.1 %t.kconfig.o %t.folded.o | FileCheck %s
// RUN: %bpfcc-vmtest --kernel 6.12 %t.kconfig.o %t.folded.o | FileCheck %s
// CHECK: object file={{.*}}kconfig.o
// CHECK: prog name=trace_openat section=ksyscall/openat type=kprobe result=ok
// CHECK: object file={{.*}}folded.o
// CHECK: prog name=trace_openat section=ksyscall/openat type=kprobe result=ok
