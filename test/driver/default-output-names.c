// Without -o, the output is named like clang names it, in the current
// directory: <stem>.o for -c, .s for -S, .bc for -c -emit-llvm, .ll for
// -S -emit-llvm.
// RUN: rm -rf %t && mkdir -p %t/o %t/s %t/bc %t/ll
// RUN: cd %t/o && %bpfcc -c %s
// RUN: cd %t/s && %bpfcc -S %s
// RUN: cd %t/bc && %bpfcc -c -emit-llvm %s
// RUN: cd %t/ll && %bpfcc -S -emit-llvm %s
// RUN: ls -A %t/o %t/s %t/bc %t/ll | FileCheck %s
// CHECK: {{/bc:$}}
// CHECK-NEXT: default-output-names.bc
// CHECK: {{/ll:$}}
// CHECK-NEXT: default-output-names.ll
// CHECK: {{/o:$}}
// CHECK-NEXT: default-output-names.o
// CHECK: {{/s:$}}
// CHECK-NEXT: default-output-names.s

int f(void) { return 0; }
