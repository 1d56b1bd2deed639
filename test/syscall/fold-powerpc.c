// powerpc selects ARCH_HAS_SYSCALL_WRAPPER only "if !SPU_BASE && !COMPAT"
// (6.1): it depends on the kernel's configuration, so it is never folded.
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_powerpc -Wno-int-conversion -idirafter /usr/include/x86_64-linux-gnu --target-kernel=6.12 -Rbpfcc-syscall -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: llvm-readelf -s %t.o | FileCheck %s --check-prefix=KEPT
// CHECK: remark: LINUX_HAS_SYSCALL_WRAPPER not folded: on powerpc it depends on the kernel configuration
// KEPT: UND LINUX_HAS_SYSCALL_WRAPPER
#include <linux/types.h>
struct pt_regs { unsigned long gpr[32]; unsigned long nip, msr, orig_gpr3; };
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

long seen;

SEC("ksyscall/close")
int BPF_KSYSCALL(trace_close, int fd)
{
	seen += fd;
	return 0;
}
