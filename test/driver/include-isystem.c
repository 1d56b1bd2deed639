// -include, -isystem, -I and -idirafter (with separate or joined values)
// reach clang unchanged: the value is never mistaken for an input.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %bpfcc -include pre.h -isystem sys -I inc -idirafter /usr/include/x86_64-linux-gnu -c prog.c -o prog.o
// RUN: %bpfcc -includepre.h -isystemsys -Iinc -c prog.c -o prog2.o
// RUN: llvm-readelf -s prog.o | FileCheck %s
// RUN: cmp prog.o prog2.o
// CHECK: FUNC GLOBAL DEFAULT {{.*}} total

//--- pre.h
#define FROM_PRE 1
//--- sys/sys.h
#define FROM_SYS 2
//--- inc/inc.h
#define FROM_INC 3
//--- prog.c
#include <sys.h>
#include "inc.h"
int total(void) { return FROM_PRE + FROM_SYS + FROM_INC; }
