// Preprocessed input (what distcc sends to its servers): bpfcc adds no
// include directories, which clang would call unused, so -Werror builds
// still compile; and -E (ccache and distcc run it with the full command
// line) gets no "not adjusted for the target kernel" warning. -S does.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc --target-kernel=5.10 -E %s -o %t/prog.i 2>&1 | FileCheck %s --allow-empty --check-prefix=QUIET
// RUN: %bpfcc --bpfcc-verbose -Werror -c %t/prog.i -o %t/prog.o 2>&1 | FileCheck %s --check-prefix=NOINC
// RUN: test -s %t/prog.o
// RUN: %bpfcc --target-kernel=5.10 -S %s -o %t/prog.s 2>&1 | FileCheck %s --check-prefix=ASM
// RUN: %bpfcc --target-kernel=5.10 -target bpf -S -emit-llvm %s -o %t/prog.ll 2>&1 | FileCheck %s --check-prefix=IR
// QUIET-NOT: {{.}}
// NOINC-NOT: -idirafter
// NOINC: -fplugin=
// NOINC-NOT: -idirafter
// ASM: bpfcc: warning: post-processing applies to objects only: this assembly output is not adjusted for the target kernel
// IR: bpfcc: warning: post-processing applies to objects only: this LLVM IR output is not adjusted for the target kernel

int prog_value = __BPFCC__;
