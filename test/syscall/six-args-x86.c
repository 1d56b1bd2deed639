// A six-argument BPF_KSYSCALL (mmap) compiles through bpfcc for x86 with
// Debian's libbpf 1.1, whose macro stops at five: bpfcc's bpf_tracing.h
// wrapper adds the sixth, x86-64's r9, read like libbpf reads the others
// behind the syscall wrapper (a CO-RE read from the inner pt_regs).
// Plain clang with the same headers fails; --bpfcc-no-syscall-regs gives
// clang's behaviour back. The values are proven in a kernel by
// values-x86.c.
// The program is six-args.c's (arm64 there), built for x86 here.
// RUN: %bpfcc %bpf_cflags -c %S/six-args.c -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
// RUN: not %clang %bpf_cflags -c %S/six-args.c -o %t.clang.o 2>&1 | FileCheck %s --check-prefix=CLANG
// RUN: not %bpfcc %bpf_cflags --bpfcc-no-syscall-regs -c %S/six-args.c -o %t.off.o 2>&1 | FileCheck %s --check-prefix=CLANG
// RUN: test ! -e %t.off.o
// CHECK: sec='ksyscall/mmap' {{.*}} STRUCT 'pt_regs' access='0:{{[0-9]+}}': pt_regs::r9
// CLANG: error: call to undeclared function '___bpf_syswrap_args6'
