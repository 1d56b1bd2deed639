// -MMD without -o: <stem>.o and <stem>.d in the current directory; system
// headers are left out; file names are quoted for make ($ -> $$) as clang
// does.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: cp %s 'dep$1.c' && echo '#define V 3' > dep.h
// RUN: %bpfcc -MMD -c 'dep$1.c' -idirafter /usr/include/x86_64-linux-gnu
// RUN: FileCheck %s --match-full-lines < 'dep$1.d'
// RUN: ls -A | FileCheck --check-prefix=LS --implicit-check-not={{.}} %s
// CHECK: dep$$1.o: dep$$1.c dep.h
// LS: dep$1.c
// LS: dep$1.d
// LS: dep$1.o
// LS: dep.h

#include <linux/types.h>
#include "dep.h"
int v(void) { return V; }
