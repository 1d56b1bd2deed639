// -M and -MM only list dependencies (to stdout, or to -o), like clang.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: cp %s dep.c && echo '#define V 3' > dep.h
// RUN: %bpfcc -M dep.c -idirafter /usr/include/x86_64-linux-gnu | FileCheck --check-prefix=M %s
// RUN: %bpfcc -MM dep.c -o deps.txt -idirafter /usr/include/x86_64-linux-gnu
// RUN: FileCheck --check-prefix=MM --match-full-lines %s < deps.txt
// RUN: ls -A | FileCheck --check-prefix=LS --implicit-check-not={{.}} %s
// M: dep.o: dep.c {{.*}}linux/types.h
// MM: dep.o: dep.c dep.h
// LS: dep.c
// LS: dep.h
// LS: deps.txt

#include <linux/types.h>
#include "dep.h"
int v(void) { return V; }
