// "-x c -" compiles standard input; without -o clang's name for it is "-.o".
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %bpfcc -x c -c - -o stdin.o < %s
// RUN: llvm-readelf -s stdin.o | FileCheck %s
// RUN: %bpfcc -x c -c - < %s
// RUN: llvm-readelf -s ./-.o | FileCheck %s
// CHECK: FUNC GLOBAL DEFAULT {{.*}} from_stdin

int from_stdin(void) { return 1; }
