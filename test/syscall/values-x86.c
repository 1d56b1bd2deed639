// REQUIRES: vm-6.1, vm-6.12, host-btf
// x86, end to end: BPF_KSYSCALL programs attached in Debian's x86 6.1 and
// 6.12 kernels record exactly the arguments a static program passed to
// openat (Inputs/values-runner.c calls it, prints what was recorded).
// bpfcc leaves x86 to libbpf: without --target-kernel its object is
// clang's (same bytes), with --target-kernel=6.1 LINUX_HAS_SYSCALL_WRAPPER
// is folded; all three read the four arguments right. libbpf 1.1's
// BPF_KSYSCALL reads at most five arguments and bpfcc adds no sixth on x86,
// so no mmap program here: "mmap none" (arm64 and riscv64 test mmap).
// The host kernel cannot run this: CONFIG_KPROBE_EVENTS is off there.
// RUN: %bpfcc %bpf_cflags -c %S/Inputs/values.bpf.c -o %t.bpfcc.o
// RUN: %bpfcc %bpf_cflags --target-kernel=6.1 -c %S/Inputs/values.bpf.c -o %t.folded.o
// RUN: %clang %bpf_cflags -c %S/Inputs/values.bpf.c -o %t.libbpf.o
// RUN: cmp %t.bpfcc.o %t.libbpf.o
// RUN: env BPFCC_VMTEST_LOADER=%values_runner-x86_64 %bpfcc-vmtest --kernel 6.1 %t.bpfcc.o %t.folded.o %t.libbpf.o | FileCheck %s
// RUN: env BPFCC_VMTEST_LOADER=%values_runner-x86_64 %bpfcc-vmtest --kernel 6.12 %t.bpfcc.o %t.folded.o %t.libbpf.o | FileCheck %s
// CHECK: kernel={{6\.1[.2].*}}-cloud-amd64
// CHECK-NEXT: object file={{.*}}bpfcc.o progs=1
// CHECK-NEXT: prog name=trace_openat section=ksyscall/openat load=ok attach=ok errno=0{{$}}
// CHECK-NEXT: openat calls={{[1-9][0-9]*}} dfd=4660 path=bpfcc-openat flags=0x80241 mode=0640
// CHECK-NEXT: openat wrong=none
// CHECK-NEXT: mmap none
// CHECK-NEXT: object file={{.*}}folded.o progs=1
// CHECK-NEXT: prog name=trace_openat section=ksyscall/openat load=ok attach=ok errno=0{{$}}
// CHECK-NEXT: openat calls={{[1-9][0-9]*}} dfd=4660 path=bpfcc-openat flags=0x80241 mode=0640
// CHECK-NEXT: openat wrong=none
// CHECK-NEXT: mmap none
// CHECK-NEXT: object file={{.*}}libbpf.o progs=1
// CHECK-NEXT: prog name=trace_openat section=ksyscall/openat load=ok attach=ok errno=0{{$}}
// CHECK-NEXT: openat calls={{[1-9][0-9]*}} dfd=4660 path=bpfcc-openat flags=0x80241 mode=0640
// CHECK-NEXT: openat wrong=none
// CHECK-NEXT: mmap none
// CHECK-NOT: {{.}}
