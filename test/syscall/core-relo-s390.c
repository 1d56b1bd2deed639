// s390: every BPF_KSYSCALL argument is a CO-RE relocation on the kernel's
// struct pt_regs (flavor pt_regs___s390), the first one on orig_gpr2, even
// with user-space headers and Debian's libbpf 1.1. Both branches of the
// macro (with and without the syscall wrapper) read the same fields.
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_s390 -I %S/Inputs/uapi/s390 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
// CHECK: insn={{[0-9]+}} field_byte_offset [[ID:\[[0-9]+\]]] STRUCT 'pt_regs___s390' access='0:1': pt_regs___s390::orig_gpr2
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___s390' access='0:0:3': pt_regs___s390::gprs[3]
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___s390' access='0:0:4': pt_regs___s390::gprs[4]
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___s390' access='0:0:5': pt_regs___s390::gprs[5]
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___s390' access='0:1': pt_regs___s390::orig_gpr2
// CHECK-NOT: {{user_pt_regs|psw}}
#include "Inputs/ksyscall.h"
