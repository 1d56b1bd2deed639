// riscv: the first syscall argument is read from orig_a0 through a CO-RE
// relocation (the entry code overwrites a0), even with Debian's libbpf 1.1,
// which reads a0 through the UAPI user_regs_struct (the LIBBPF control
// below, compiled by plain clang).
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_riscv -I %S/Inputs/uapi/riscv -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
// RUN: %clang -g -O2 -target bpf -D__TARGET_ARCH_riscv -I %S/Inputs/uapi/riscv -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.libbpf.o
// RUN: %bpfcc-dump --core-relo %t.libbpf.o | FileCheck %s --check-prefix=LIBBPF
// CHECK: insn={{[0-9]+}} field_byte_offset [[ID:\[[0-9]+\]]] STRUCT 'pt_regs___riscv' access='0:6': pt_regs___riscv::orig_a0
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___riscv' access='0:1': pt_regs___riscv::a1
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___riscv' access='0:2': pt_regs___riscv::a2
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___riscv' access='0:3': pt_regs___riscv::a3
// CHECK-NEXT: field_byte_offset [[ID]] STRUCT 'pt_regs___riscv' access='0:6': pt_regs___riscv::orig_a0
// CHECK-NOT: user_regs_struct
// LIBBPF: STRUCT 'user_regs_struct' access='0:10': user_regs_struct::a0
// LIBBPF-NOT: orig_a0
#include "Inputs/ksyscall.h"
