// REQUIRES: vm-arm64-6.1, vm-arm64-6.12
// arm64, end to end: BPF_KSYSCALL programs attached in Debian's arm64 6.1
// and 6.12 kernels record exactly the arguments a static program passed
// to openat (4) and mmap (6) (Inputs/values-runner.c calls them, prints
// what the programs recorded). bpfcc objects with and without
// --target-kernel (folded LINUX_HAS_SYSCALL_WRAPPER) read all of them
// right, mmap's sixth included (bpfcc's wrapper adds it). clang-19 +
// libbpf 1.1 reads openat right too on arm64 (arg 1 from orig_x0, args
// 2-4 through user_pt_regs, which sits at offset 0 of the kernel's
// pt_regs) but cannot read six arguments: its object has no mmap program.
// RUN: %bpfcc %values_cflags_arm64 -c %S/Inputs/values.bpf.c -o %t.bpfcc.o
// RUN: %bpfcc %values_cflags_arm64 --target-kernel=6.1 -c %S/Inputs/values.bpf.c -o %t.folded.o
// RUN: %clang %values_cflags_arm64 -c %S/Inputs/values.bpf.c -o %t.libbpf.o
// RUN: env BPFCC_VMTEST_LOADER=%values_runner-arm64 %bpfcc-vmtest --arch arm64 --kernel 6.1 %t.bpfcc.o %t.folded.o %t.libbpf.o | FileCheck %s
// RUN: env BPFCC_VMTEST_LOADER=%values_runner-arm64 %bpfcc-vmtest --arch arm64 --kernel 6.12 %t.bpfcc.o %t.folded.o %t.libbpf.o | FileCheck %s
// CHECK: kernel={{6\.1[.2].*}}-cloud-arm64
// CHECK-NEXT: object file={{.*}}bpfcc.o progs=2
// CHECK-NEXT: prog name=trace_openat section=ksyscall/openat load=ok attach=ok errno=0{{$}}
// CHECK-NEXT: prog name=trace_mmap section=ksyscall/mmap load=ok attach=ok errno=0{{$}}
// CHECK-NEXT: openat calls={{[1-9][0-9]*}} dfd=4660 path=bpfcc-openat flags=0x80241 mode=0640
// CHECK-NEXT: openat wrong=none
// CHECK-NEXT: mmap calls={{[1-9][0-9]*}} addr=0x5a5a5000 len=0x6000 prot=0x1 flags=0x22 fd=77 off=0x9000
// CHECK-NEXT: mmap wrong=none
// CHECK-NEXT: object file={{.*}}folded.o progs=2
// CHECK-NEXT: prog name=trace_openat section=ksyscall/openat load=ok attach=ok errno=0{{$}}
// CHECK-NEXT: prog name=trace_mmap section=ksyscall/mmap load=ok attach=ok errno=0{{$}}
// CHECK-NEXT: openat calls={{[1-9][0-9]*}} dfd=4660 path=bpfcc-openat flags=0x80241 mode=0640
// CHECK-NEXT: openat wrong=none
// CHECK-NEXT: mmap calls={{[1-9][0-9]*}} addr=0x5a5a5000 len=0x6000 prot=0x1 flags=0x22 fd=77 off=0x9000
// CHECK-NEXT: mmap wrong=none
// CHECK-NEXT: object file={{.*}}libbpf.o progs=1
// CHECK-NEXT: prog name=trace_openat section=ksyscall/openat load=ok attach=ok errno=0{{$}}
// CHECK-NEXT: openat calls={{[1-9][0-9]*}} dfd=4660 path=bpfcc-openat flags=0x80241 mode=0640
// CHECK-NEXT: openat wrong=none
// CHECK-NEXT: mmap none
// CHECK-NOT: {{.}}
