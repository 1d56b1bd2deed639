// -Xclang passes its value to clang's frontend, even one that looks like
// a file name; -mllvm likewise to LLVM.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc -Xclang -ast-dump -fsyntax-only %s | FileCheck %s
// RUN: %bpfcc --bpfcc-verbose -Xclang -main-file-name -Xclang renamed.c -mllvm -bpf-expand-memcpy-in-order -c %s -o %t/x.o 2>&1 | FileCheck --check-prefix=CMD %s
// CHECK: FunctionDecl {{.*}} xclang_fn 'int (void)'
// CMD: -Xclang -main-file-name -Xclang renamed.c -mllvm -bpf-expand-memcpy-in-order -c {{[^ ]*}}xclang.c -fno-temp-file -o

int xclang_fn(void) { return 0; }
