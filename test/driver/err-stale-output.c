// A failed compile removes an output left by an earlier build (like make's
// .DELETE_ON_ERROR), so the old object cannot pass for an up-to-date one,
// and leaves no temporary file. clang's error and status come through.
// RUN: rm -rf %t && mkdir -p %t
// RUN: echo stale > %t/prog.o
// RUN: sh -c '%bpfcc -c %s -o %t/prog.o; echo status=$?' > %t/out 2> %t/err
// RUN: FileCheck %s < %t/err
// RUN: FileCheck --check-prefix=STATUS %s < %t/out
// RUN: ls -A %t | FileCheck --check-prefix=LS --implicit-check-not={{.}} %s
// CHECK: err-stale-output.c:[[#@LINE+6]]:{{[0-9]+}}: error: use of undeclared identifier 'undeclared'
// CHECK: 1 error generated.
// STATUS: status=1
// LS: err
// LS: out

int f(void) { return undeclared; }
