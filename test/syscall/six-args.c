// A six-argument BPF_KSYSCALL (mmap) compiles through bpfcc with Debian's
// libbpf 1.1, whose macro stops at five: bpfcc's bpf_tracing.h wrapper adds
// the sixth (arm64, s390, riscv), a CO-RE read like the others — on arm64
// regs[5] (x5). Plain clang with the same headers fails.
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_arm64 -I %S/Inputs/uapi/arm64 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s
// RUN: not %clang -g -O2 -target bpf -D__TARGET_ARCH_arm64 -I %S/Inputs/uapi/arm64 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.clang.o 2>&1 | FileCheck %s --check-prefix=CLANG
// CHECK: STRUCT 'pt_regs___arm64' access='0:1': pt_regs___arm64::orig_x0
// CHECK: STRUCT 'pt_regs___arm64' access='0:0:5': pt_regs___arm64::regs[5]
// CLANG: error: call to undeclared function '___bpf_syswrap_args6'
#include <linux/types.h>
#include <asm/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

unsigned long seen;

SEC("ksyscall/mmap")
int BPF_KSYSCALL(trace_mmap, unsigned long addr, unsigned long len,
		 unsigned long prot, unsigned long flags, unsigned long fd,
		 unsigned long off)
{
	seen = addr + len + prot + flags + fd + off;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
