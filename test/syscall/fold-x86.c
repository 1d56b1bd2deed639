// REQUIRES: host-btf
// With --target-kernel, LINUX_HAS_SYSCALL_WRAPPER folds to 1 on x86 (every
// kernel since 4.17 has the wrapper): no extern symbol, no .kconfig DATASEC,
// and only the wrapper branch of BPF_KSYSCALL is left.
// RUN: %bpfcc %bpf_cflags --target-kernel=5.15 -Rbpfcc-syscall -c %S/Inputs/ksyscall-vmlinux.c -o %t.o 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: llvm-readelf -S -s %t.o | FileCheck %s
// RUN: %bpfcc-dump %t.o | FileCheck %s --check-prefix=BTF
// Without a target the extern stays, and the loader decides.
// RUN: %bpfcc %bpf_cflags -c %S/Inputs/ksyscall-vmlinux.c -o %t.keep.o
// RUN: llvm-readelf -s %t.keep.o | FileCheck %s --check-prefix=KEEP
// RUN: %bpfcc-dump %t.keep.o | FileCheck %s --check-prefix=KEEP-BTF
// --bpfcc-no-fold-syscall-wrapper keeps it with a target too.
// RUN: %bpfcc %bpf_cflags --target-kernel=5.15 --bpfcc-no-fold-syscall-wrapper -c %S/Inputs/ksyscall-vmlinux.c -o %t.nofold.o
// RUN: llvm-readelf -s %t.nofold.o | FileCheck %s --check-prefix=KEEP
// REMARK: remark: LINUX_HAS_SYSCALL_WRAPPER is 1 on x86 kernels since 4.17: folded for --target-kernel=5.15 [-Rbpfcc-syscall]
// CHECK-NOT: kconfig
// CHECK-NOT: LINUX_HAS_SYSCALL_WRAPPER
// BTF-NOT: LINUX_HAS_SYSCALL_WRAPPER
// BTF-NOT: .kconfig
// KEEP: UND LINUX_HAS_SYSCALL_WRAPPER
// KEEP-BTF: VAR 'LINUX_HAS_SYSCALL_WRAPPER'
// KEEP-BTF: DATASEC '.kconfig'
