// x86 programs never see bpfcc's bpf_tracing.h wrapper: without
// --target-kernel a BPF_KSYSCALL program compiles to the same object as
// with clang and libbpf's own macro (the kconfig extern included).
// RUN: %clang %bpf_cflags -c %s -o %t.ref.o
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o
// RUN: cmp %t.ref.o %t.o
// RUN: llvm-readelf -s %t.o | FileCheck %s
// RUN: %bpfcc %bpf_cflags --bpfcc-verbose -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=ARGV
// CHECK: UND LINUX_HAS_SYSCALL_WRAPPER
// ARGV-NOT: bpfcc/syscall
#include "Inputs/ksyscall.h"
