// -MF and -MT/-MQ given by the user are forwarded as they are; bpfcc adds
// neither its own -MF nor its own target.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: mkdir deps && cp %s dep.c && echo '#define V 3' > dep.h
// RUN: %bpfcc --bpfcc-verbose -MD -MF deps/../custom.d -MT 'my$target' -c dep.c -o dep.o 2> cmd.txt
// RUN: FileCheck %s --match-full-lines < custom.d
// RUN: FileCheck --check-prefix=CMD %s < cmd.txt
// RUN: %bpfcc -MD -MF quoted.d -MQ 'my$target' -c dep.c -o dep.o
// RUN: FileCheck --check-prefix=MQ %s --match-full-lines < quoted.d
// CHECK: my$target: dep.c dep.h
// CMD: -MD -MF deps/../custom.d -MT 'my$target' -c dep.c -fno-temp-file -o {{[^ ]*}}.dep.o.bpfcc-{{[^ ]*$}}
// MQ: my$$target: dep.c dep.h

#include "dep.h"
int v(void) { return V; }
