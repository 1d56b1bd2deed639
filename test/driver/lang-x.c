// -x c makes clang read a file with any name as C source; "-x none" goes
// back to guessing from the extension.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: cp %s prog.bpf && cp %s other.c
// RUN: %bpfcc -x c -c prog.bpf -o prog.o
// RUN: llvm-readelf -s prog.o | FileCheck %s
// RUN: %bpfcc -x c -c prog.bpf -x none other.c
// RUN: llvm-readelf -s prog.o other.o | FileCheck %s
// CHECK: FUNC GLOBAL DEFAULT {{.*}} lang_x

int lang_x(void) { return 1; }
