// An -mcpu newer than --target-kernel runs is an error naming both; no
// clang runs and no output is written.
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %bpfcc --target-kernel=5.15 -mcpu=v4 -c %s -o %t/a.o 2> %t/err
// RUN: FileCheck %s --match-full-lines < %t/err
// RUN: count 1 < %t/err
// RUN: not %bpfcc -mcpu=v3 --target-kernel=4.19 -c %s -o %t/a.o 2>&1 | FileCheck --check-prefix=V3 %s --match-full-lines
// RUN: ls -A %t | FileCheck --check-prefix=LS --implicit-check-not={{.}} %s
// CHECK: bpfcc: error: -mcpu=v4 needs kernel 6.6 or newer, but --target-kernel=5.15 allows at most -mcpu=v3
// V3: bpfcc: error: -mcpu=v3 needs kernel 5.1 or newer, but --target-kernel=4.19 allows at most -mcpu=v2
// LS: err

int f(void) { return 0; }
