// --target-kernel picks the newest -mcpu the target runs when the user
// gave none: v2 from 4.14, v3 from 5.1 (JMP32), v4 from 6.6.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc --bpfcc-verbose --target-kernel=4.18 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=V2 %s
// RUN: %bpfcc --bpfcc-verbose --target-kernel=5.0 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=V2 %s
// RUN: %bpfcc --bpfcc-verbose --target-kernel=5.1 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=V3 %s
// RUN: %bpfcc --bpfcc-verbose --target-kernel=6.5 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=V3 %s
// RUN: %bpfcc --bpfcc-verbose --target-kernel=6.6 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=V4 %s
// RUN: %bpfcc --bpfcc-verbose --target-kernel=6.12 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=V4 %s
// An -mcpu the target runs is kept, and none is added.
// RUN: %bpfcc --bpfcc-verbose --target-kernel=6.12 -mcpu=v2 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=USER %s
// V2: -D__BPFCC__=1 -mcpu=v2 -fplugin-arg-bpfcc-target-kernel=
// V3: -D__BPFCC__=1 -mcpu=v3 -fplugin-arg-bpfcc-target-kernel=
// V4: -D__BPFCC__=1 -mcpu=v4 -fplugin-arg-bpfcc-target-kernel=
// USER: -D__BPFCC__=1 -fplugin-arg-bpfcc-target-kernel=6.12 -mcpu=v2 -c

int f(void) { return 0; }
