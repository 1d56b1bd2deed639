// target-kernel must be X.Y.
// RUN: not %clang -target bpf -fplugin=%plugin -fplugin-arg-bpfcc-target-kernel=6.x -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %clang -target bpf -fplugin=%plugin -fplugin-arg-bpfcc-target-kernel=6.1. -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=DOT
// RUN: %clang -target bpf -fplugin=%plugin -fplugin-arg-bpfcc-target-kernel=6.12 -c %s -o %t.o
// CHECK: error: bpfcc: invalid target kernel version '6.x' (expected X.Y, e.g. 6.1)
// DOT: error: bpfcc: invalid target kernel version '6.1.'
int x;
