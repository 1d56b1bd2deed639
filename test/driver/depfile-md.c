// -MD without -MF: the depfile sits beside the output (-o with .d) and
// its target is the real output, never bpfcc's temporary file.
// RUN: rm -rf %t && mkdir -p %t/sub && cd %t
// RUN: cp %s dep.c && echo '#define V 3' > dep.h
// RUN: %bpfcc -MD -c dep.c -o sub/dep.bpf.o
// RUN: FileCheck %s --match-full-lines < sub/dep.bpf.d
// RUN: ls -A sub | FileCheck --check-prefix=LS --implicit-check-not={{.}} %s
// CHECK: sub/dep.bpf.o: dep.c dep.h
// LS: dep.bpf.d
// LS: dep.bpf.o

#include "dep.h"
int v(void) { return V; }
