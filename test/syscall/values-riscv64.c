// REQUIRES: vm-riscv64-6.12
// riscv64, end to end, in Debian 13's 6.12 kernel: BPF_KSYSCALL programs
// for openat (4 arguments) and mmap (6); Inputs/values-runner.c calls both
// with distinctive values and prints what the programs recorded.
//
// This kernel has the syscall wrapper (riscv since 6.6) but no
// KPROBES_ON_FTRACE: a kprobe on a function's first instruction (an ftrace
// nop) fails with EINVAL. So libbpf's ksyscall attach fails (the runner
// attaches 8 bytes in, past the nops, where no register has changed yet),
// and so does libbpf's load-time probe for the wrapper (a kprobe on
// __riscv_sys_bpf): it sets LINUX_HAS_SYSCALL_WRAPPER to 0. What that
// costs, object by object:
//  - bpfcc, --target-kernel=6.12: the wrapper decision is folded at build
//    time (riscv >= 6.6 has it); every argument right, mmap's sixth too.
//  - bpfcc without --target-kernel: the decision is libbpf's, 0, so the
//    program reads the wrapper's own registers as the syscall's: wrong.
//  - clang-19 + libbpf 1.1: the same wrong decision, and no six-argument
//    BPF_KSYSCALL (no mmap program). Were the decision right, libbpf 1.1
//    would still read the first argument from a0, which the entry code
//    overwrites (-ENOSYS), not orig_a0 (test/syscall/core-relo-riscv.c).
// RUN: %bpfcc %values_cflags_riscv --target-kernel=6.12 -c %S/Inputs/values.bpf.c -o %t.folded.o
// RUN: %bpfcc %values_cflags_riscv -c %S/Inputs/values.bpf.c -o %t.bpfcc.o
// RUN: %clang %values_cflags_riscv -c %S/Inputs/values.bpf.c -o %t.libbpf.o
// RUN: env BPFCC_VMTEST_LOADER=%values_runner-riscv64 %bpfcc-vmtest --arch riscv64 --kernel 6.12 %t.folded.o %t.bpfcc.o %t.libbpf.o 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=LIBBPF < %t.err
// CHECK: kernel=6.12.{{.*}}-riscv64
// CHECK-NEXT: object file={{.*}}folded.o progs=2
// CHECK-NEXT: prog name=trace_openat section=ksyscall/openat load=ok attach=ok errno=0 at=__riscv_sys_openat+8
// CHECK-NEXT: prog name=trace_mmap section=ksyscall/mmap load=ok attach=ok errno=0 at=__riscv_sys_mmap+8
// CHECK-NEXT: openat calls={{[1-9][0-9]*}} dfd=4660 path=bpfcc-openat flags=0x80241 mode=0640
// CHECK-NEXT: openat wrong=none
// CHECK-NEXT: mmap calls={{[1-9][0-9]*}} addr=0x5a5a5000 len=0x6000 prot=0x1 flags=0x22 fd=77 off=0x9000
// CHECK-NEXT: mmap wrong=none
//
// Wrong: the first argument and others (which registers happen to hold
// the right value at the wrapper's entry, path and len here, is not part
// of the claim).
// CHECK-NEXT: object file={{.*}}bpfcc.o progs=2
// CHECK-NEXT: prog name=trace_openat section=ksyscall/openat load=ok attach=ok errno=0 at=__riscv_sys_openat+8
// CHECK-NEXT: prog name=trace_mmap section=ksyscall/mmap load=ok attach=ok errno=0 at=__riscv_sys_mmap+8
// CHECK-NEXT: openat calls=
// CHECK-NEXT: openat wrong=dfd,{{(path,)?}}flags,mode
// CHECK-NEXT: mmap calls=
// CHECK-NEXT: mmap wrong=addr,{{(len,)?}}prot,flags,fd,off
// CHECK-NEXT: object file={{.*}}libbpf.o progs=1
// CHECK-NEXT: prog name=trace_openat section=ksyscall/openat load=ok attach=ok errno=0 at=__riscv_sys_openat+8
// CHECK-NEXT: openat calls=
// CHECK-NEXT: openat wrong=dfd,{{(path,)?}}flags,mode
// CHECK-NEXT: mmap none
// CHECK-NOT: {{.}}
//
// Why libbpf attaches nothing itself: its kprobe on the first instruction.
// LIBBPF: failed to create kprobe '__riscv_sys_openat+0x0' perf event: Invalid argument
