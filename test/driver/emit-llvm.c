// -target bpf -emit-llvm -S writes textual IR for the BPF target;
// -emit-llvm -c writes bitcode (not post-processed: it is not an object).
// Without -target it is the host's IR (emit-llvm-host.c).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc -target bpf -O2 -S -emit-llvm %s -o %t/prog.ll
// RUN: FileCheck %s < %t/prog.ll
// RUN: %bpfcc -target bpf -O2 -c -emit-llvm %s -o %t/prog.bc
// RUN: od -An -c -N4 %t/prog.bc | FileCheck --check-prefix=BC %s
// CHECK: target triple = "bpf"
// CHECK: define {{.*}}i32 @nine()
// BC: B C 300 336

int nine(void) { return 9; }
