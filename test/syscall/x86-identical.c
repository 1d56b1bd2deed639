// On x86 bpfcc's bpf_tracing.h wrapper only adds the sixth syscall
// argument libbpf 1.1 lacks: without --target-kernel a BPF_KSYSCALL
// program clang compiles compiles to the same object as with clang and
// libbpf's own macro (the kconfig extern included). The wrapper is on the
// include path (ARGV), and --bpfcc-no-syscall-regs takes it off.
// RUN: %clang %bpf_cflags -c %s -o %t.ref.o
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o
// RUN: cmp %t.ref.o %t.o
// RUN: llvm-readelf -s %t.o | FileCheck %s
// RUN: %bpfcc %bpf_cflags --bpfcc-verbose -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=ARGV
// CHECK: UND LINUX_HAS_SYSCALL_WRAPPER
// RUN: %bpfcc %bpf_cflags --bpfcc-no-syscall-regs --bpfcc-verbose -c %s -o %t.off.o 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: cmp %t.ref.o %t.off.o
// ARGV: bpfcc/syscall
// OFF-NOT: bpfcc/syscall
#include "Inputs/ksyscall.h"
