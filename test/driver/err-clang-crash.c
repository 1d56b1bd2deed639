// clang's own crash (it reports exit status 128+N after its stack dump):
// bpfcc adds one error line, exits 1, and leaves no output.
// RUN: rm -rf %t && mkdir -p %t
// RUN: sh -c '%bpfcc -fno-crash-diagnostics -c %s -o %t/crash.o; echo status=$?' > %t/out 2> %t/err
// RUN: FileCheck %s < %t/err
// RUN: FileCheck --check-prefix=STATUS %s < %t/out
// RUN: ls -A %t | FileCheck --check-prefix=LS --implicit-check-not={{.}} %s
// CHECK: clang: error: clang frontend command failed with exit code 132
// CHECK-NEXT: bpfcc: error: clang crashed (exit status 1{{[0-9][0-9]}}) compiling {{.*}}err-clang-crash.c
// STATUS: status=1
// LS: err
// LS: out

#pragma clang __debug crash
