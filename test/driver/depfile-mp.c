// -MP adds a phony target for each header, as with clang.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: cp %s dep.c && echo '#define V 3' > dep.h
// RUN: %bpfcc -MD -MP -c dep.c -o dep.o
// RUN: FileCheck %s --match-full-lines < dep.d
// CHECK: dep.o: dep.c dep.h
// CHECK-NEXT: dep.h:

#include "dep.h"
int v(void) { return V; }
