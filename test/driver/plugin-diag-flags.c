// -W/-R flags for bpfcc's own diagnostics go to the plugin, in order, and
// never to clang (which would call them unknown); clang's flags stay.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc --bpfcc-verbose -Wbpfcc-arg-ctx -Wall -Wno-bpfcc-arg-ctx -Werror=bpfcc-arg-ctx -Wno-error=bpfcc-arg-ctx -Rbpfcc-arg-ctx -Rno-bpfcc-arg-ctx -c %s -o %t/x.o 2> %t/err
// RUN: FileCheck %s < %t/err
// RUN: count 1 < %t/err
// CHECK: -D__BPFCC__=1 -fplugin-arg-bpfcc-Wbpfcc-arg-ctx -Wall -fplugin-arg-bpfcc-Wno-bpfcc-arg-ctx -fplugin-arg-bpfcc-Werror=bpfcc-arg-ctx -fplugin-arg-bpfcc-Wno-error=bpfcc-arg-ctx -fplugin-arg-bpfcc-Rbpfcc-arg-ctx -fplugin-arg-bpfcc-Rno-bpfcc-arg-ctx -c
// A -W that only starts like ours is clang's.
// RUN: %bpfcc --bpfcc-verbose -Wbpfccx -c %s -o %t/x.o 2>&1 | FileCheck --check-prefix=CLANGS %s
// CLANGS: -D__BPFCC__=1 -Wbpfccx -c
// CLANGS: warning: unknown warning option '-Wbpfccx'

int f(void) { return 0; }
