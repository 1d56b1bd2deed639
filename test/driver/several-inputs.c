// Several inputs with -c and no -o: each is compiled on its own into
// <stem>.o in the current directory, like clang; every input is compiled
// even when one fails, and the exit status is the failure's.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %bpfcc -O2 -c one.c two.c
// RUN: llvm-readelf -s one.o | FileCheck --check-prefix=ONE %s
// RUN: llvm-readelf -s two.o | FileCheck --check-prefix=TWO %s
// RUN: rm one.o two.o
// RUN: not %bpfcc -c one.c bad.c two.c 2>&1 | FileCheck --check-prefix=BAD %s
// RUN: ls -A | FileCheck --check-prefix=LS --implicit-check-not={{.}} %s
// With one -o for several outputs, clang's own error comes through.
// RUN: not %bpfcc -c one.c two.c -o both.o 2>&1 | FileCheck --check-prefix=ONEO %s
// ONE: FUNC GLOBAL DEFAULT {{.*}} one
// TWO: FUNC GLOBAL DEFAULT {{.*}} two
// BAD: bad.c:1:{{[0-9]+}}: error:
// LS: bad.c
// LS: one.c
// LS: one.o
// LS: two.c
// LS: two.o
// ONEO: error: cannot specify -o when generating multiple output files

//--- one.c
int one(void) { return 1; }
//--- two.c
int two(void) { return 2; }
//--- bad.c
int bad(void) { return }
