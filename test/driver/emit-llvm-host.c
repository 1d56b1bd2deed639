// -emit-llvm without -target is LLVM IR for the host, as clang writes it
// (the kernel's samples/bpf pipe it to llc -march=bpf): bpfcc runs clang
// with the command line alone -- no plugin, no -D__BPFCC__, no include
// directory of its own. With -target bpf it is a BPF compile as usual.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc --bpfcc-verbose -O2 -S -emit-llvm %s -o %t/host.ll 2> %t/cmd
// RUN: FileCheck %s --check-prefix=CMD < %t/cmd
// CMD: clang -O2 -S -emit-llvm {{.*}}emit-llvm-host.c -o {{.*}}/host.ll{{$}}
// RUN: FileCheck %s --check-prefix=HOST < %t/host.ll
// HOST: target triple = "x86_64-
// HOST: define {{.*}}i32 @seven()
// HOST: ret i32 0
// RUN: %clang -O2 -S -emit-llvm %s -o %t/clang.ll
// RUN: diff %t/clang.ll %t/host.ll

// -c -emit-llvm to stdout (the samples' "-o -"): the same bitcode as clang's.
// RUN: %bpfcc -O2 -c -emit-llvm %s -o - > %t/host.bc
// RUN: %clang -O2 -c -emit-llvm %s -o - > %t/clang.bc
// RUN: cmp %t/clang.bc %t/host.bc

// RUN: %bpfcc -O2 -target bpf -S -emit-llvm %s -o %t/bpf.ll
// RUN: FileCheck %s --check-prefix=BPF < %t/bpf.ll
// BPF: target triple = "bpf"
// BPF: ret i32 7

// bpfcc's own options are for BPF compiles: one error line, no output (not
// even an earlier one).
// RUN: touch %t/opt.bc
// RUN: not %bpfcc --target-kernel=6.1 -O2 -c -emit-llvm %s -o %t/opt.bc 2> %t/err
// RUN: FileCheck %s --check-prefix=ERR --match-full-lines < %t/err
// ERR: bpfcc: error: --target-kernel needs a BPF compile, but -emit-llvm without -target is LLVM IR for the host, as with clang: add -target bpf
// RUN: not %bpfcc -Wbpfcc-arg-ctx -O2 -c -emit-llvm %s -o %t/opt.bc 2>&1 | FileCheck %s --check-prefix=ERRW
// ERRW: bpfcc: error: -Wbpfcc-arg-ctx needs a BPF compile,
// RUN: test ! -e %t/opt.bc

int seven(void)
{
#ifdef __BPFCC__
	return 7;
#else
	return 0;
#endif
}
