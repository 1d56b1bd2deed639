// -std= and -f options reach clang unchanged.
// RUN: %bpfcc -std=gnu11 -E -dM %s | FileCheck --check-prefix=C11 %s
// RUN: %bpfcc -std=c17 -E -dM %s | FileCheck --check-prefix=C17 %s
// RUN: %bpfcc -fno-signed-char -E -dM %s | FileCheck --check-prefix=UCHAR %s
// RUN: %bpfcc --bpfcc-verbose -fno-builtin -ffreestanding -fno-stack-protector -std=gnu11 -fsyntax-only %s 2>&1 | FileCheck --check-prefix=CMD %s
// C11: #define __STDC_VERSION__ 201112L
// C17: #define __STDC_VERSION__ 201710L
// UCHAR: #define __CHAR_UNSIGNED__ 1
// CMD: -D__BPFCC__=1 -fno-builtin -ffreestanding -fno-stack-protector -std=gnu11 -fsyntax-only {{[^ ]*}}std-and-f-flags.c{{$}}

int f(void) { return 0; }
