// "-o -" writes the object to standard output, as clang does; the bytes
// are the same as with -o FILE.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %bpfcc -O2 -c %s -o - > piped.o
// RUN: %bpfcc -O2 -c %s -o file.o
// RUN: cmp piped.o file.o
// RUN: ls -A | FileCheck --implicit-check-not={{.}} %s
// CHECK: file.o
// CHECK: piped.o

int f(void) { return 3; }
