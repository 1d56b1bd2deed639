// --target-kernel adds no -mcpu, whatever the target (issue 14: an ISA
// switch nobody asked for made objects the newer verifiers reject, see
// docs/target-kernel.md); clang's default cpu applies. An -mcpu the target
// runs is passed on as given.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc --bpfcc-verbose --target-kernel=4.18 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=NONE %s
// RUN: %bpfcc --bpfcc-verbose --target-kernel=5.1 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=NONE %s
// RUN: %bpfcc --bpfcc-verbose --target-kernel=6.1 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=NONE %s
// RUN: %bpfcc --bpfcc-verbose --target-kernel=6.12 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=NONE %s
// NONE: -D__BPFCC__=1 -fplugin-arg-bpfcc-target-kernel=
// NONE-NOT: {{ }}-mcpu=
// RUN: %bpfcc --bpfcc-verbose --target-kernel=6.12 -mcpu=v2 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=USER %s
// RUN: %bpfcc --bpfcc-verbose --target-kernel=5.1 -mcpu=v3 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=USER3 %s
// USER: -D__BPFCC__=1 -fplugin-arg-bpfcc-target-kernel=6.12 -mcpu=v2 -c
// USER3: -D__BPFCC__=1 -fplugin-arg-bpfcc-target-kernel=5.1 -mcpu=v3 -c

int f(void) { return 0; }
