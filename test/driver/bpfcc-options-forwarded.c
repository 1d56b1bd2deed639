// bpfcc's options reach the plugin as -fplugin-arg-bpfcc-<x> where the
// table says so; post-processor and driver options do not reach clang.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc --bpfcc-verbose --target-kernel=6.1 --bpfcc-no-arg-ctx --bpfcc-no-lower-arg-ctx --bpfcc-no-lower-btf -c %s -o %t/x.o 2>&1 | FileCheck %s
// CHECK: -D__BPFCC__=1 -fplugin-arg-bpfcc-target-kernel=6.1 -fplugin-arg-bpfcc-no-arg-ctx -fplugin-arg-bpfcc-no-lower-arg-ctx -c
// CHECK-NOT: lower-btf

int f(void) { return 0; }
