// -fplugin-arg-bpfcc-no-arg-ctx (bpfcc --bpfcc-no-arg-ctx) turns inference
// off: the object is plain clang-19's.
// RUN: %bpfcc -target bpf -g -O2 --bpfcc-no-arg-ctx -c %s -o %t.o
// RUN: %clang -target bpf -g -O2 -c %s -o %t.ref.o
// RUN: cmp %t.o %t.ref.o
// RUN: %bpfcc-dump --btf %t.o | FileCheck %s
// CHECK-NOT: DECL_TAG
__attribute__((noinline)) int logic(void *ctx) { return ctx != 0; }
__attribute__((section("xdp"))) int prog(void *ctx) { return logic(ctx); }
