// arm64: every BPF_KSYSCALL argument is a CO-RE relocation on the kernel's
// struct pt_regs (flavor pt_regs___arm64), the first one on orig_x0, even
// with user-space headers and Debian's libbpf 1.1. Both branches of the
// macro (with and without the syscall wrapper) read the same fields.
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_arm64 -I %S/Inputs/uapi/arm64 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
// CHECK: insn={{[0-9]+}} field_byte_offset [[ID:\[[0-9]+\]]] STRUCT 'pt_regs___arm64' access='0:1': pt_regs___arm64::orig_x0
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___arm64' access='0:0:1': pt_regs___arm64::regs[1]
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___arm64' access='0:0:2': pt_regs___arm64::regs[2]
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___arm64' access='0:0:3': pt_regs___arm64::regs[3]
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___arm64' access='0:1': pt_regs___arm64::orig_x0
// CHECK-NOT: user_pt_regs
#include "Inputs/ksyscall.h"
