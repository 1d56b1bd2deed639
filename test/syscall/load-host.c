// REQUIRES: bpf-load, host-btf
// An x86 BPF_KSYSCALL program loads on the host kernel with the load-time
// wrapper decision and with it folded for --target-kernel=6.1.
// RUN: %bpfcc %bpf_cflags -c %S/Inputs/ksyscall-vmlinux.c -o %t.o
// RUN: %bpfcc-load %t.o | FileCheck %s
// RUN: %bpfcc %bpf_cflags --target-kernel=6.1 -c %S/Inputs/ksyscall-vmlinux.c -o %t.folded.o
// RUN: %bpfcc-load %t.folded.o | FileCheck %s
// CHECK: prog name=trace_openat section=ksyscall/openat type=kprobe result=ok
