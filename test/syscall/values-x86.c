// REQUIRES: vm-6.1, vm-6.12, host-btf
// x86, end to end: BPF_KSYSCALL programs attached in Debian's x86 6.1 and
// 6.12 kernels record exactly the arguments a static program passed to
// openat (4) and mmap (6) (Inputs/values-runner.c calls them, prints what
// was recorded). bpfcc objects without --target-kernel and with
// --target-kernel=6.1 (LINUX_HAS_SYSCALL_WRAPPER folded) read all of them
// right, mmap's sixth (r9) included: bpfcc's bpf_tracing.h wrapper adds
// the sixth argument libbpf 1.1 lacks on x86. clang-19 + libbpf 1.1 reads
// openat right but cannot read six arguments: its object has no mmap
// program. Without the wrapper (--bpfcc-no-syscall-regs) bpfcc's object is
// clang's, byte for byte.
// The host kernel cannot run this: CONFIG_KPROBE_EVENTS is off there.
// RUN: %bpfcc %bpf_cflags -c %S/Inputs/values.bpf.c -o %t.bpfcc.o
// RUN: %bpfcc %bpf_cflags --target-kernel=6.1 -c %S/Inputs/values.bpf.c -o %t.folded.o
// RUN: %clang %bpf_cflags -c %S/Inputs/values.bpf.c -o %t.libbpf.o
// RUN: %bpfcc %bpf_cflags --bpfcc-no-syscall-regs -c %S/Inputs/values.bpf.c -o %t.off.o
// RUN: cmp %t.off.o %t.libbpf.o
// RUN: env BPFCC_VMTEST_LOADER=%values_runner-x86_64 %bpfcc-vmtest --kernel 6.1 %t.bpfcc.o %t.folded.o %t.libbpf.o | FileCheck %s
// RUN: env BPFCC_VMTEST_LOADER=%values_runner-x86_64 %bpfcc-vmtest --kernel 6.12 %t.bpfcc.o %t.folded.o %t.libbpf.o | FileCheck %s
// CHECK: kernel={{6\.1[.2].*}}-cloud-amd64
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
