// -E preprocesses to stdout, or to -o; bpfcc defines __BPFCC__ and clang's
// BPF target defines __BPF__.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc -E %s | FileCheck %s
// RUN: %bpfcc -E %s -o %t/prog.i
// RUN: FileCheck %s < %t/prog.i
// RUN: ls -A %t | FileCheck --check-prefix=LS --implicit-check-not={{.}} %s
// CHECK: int bpfcc_is = 1;
// CHECK: int bpf_is = 1;
// LS: prog.i

int bpfcc_is = __BPFCC__;
int bpf_is = __BPF__;
