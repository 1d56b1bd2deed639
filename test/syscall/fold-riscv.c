// riscv kernels have the syscall wrapper since 6.6: a 6.6 target folds the
// extern (also the one riscv's PT_REGS_SYSCALL_REGS declares), a 6.1 target
// must keep the load-time decision.
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_riscv -I %S/Inputs/uapi/riscv -idirafter /usr/include/x86_64-linux-gnu --target-kernel=6.6 -Rbpfcc-syscall -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=FOLD
// RUN: llvm-readelf -s %t.o | FileCheck %s --check-prefix=FOLDED
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_riscv -I %S/Inputs/uapi/riscv -idirafter /usr/include/x86_64-linux-gnu --target-kernel=6.1 -Rbpfcc-syscall -c %s -o %t.old.o 2>&1 | FileCheck %s --check-prefix=OLD
// RUN: llvm-readelf -s %t.old.o | FileCheck %s --check-prefix=KEPT
// FOLD: remark: LINUX_HAS_SYSCALL_WRAPPER is 1 on riscv kernels since 6.6: folded for --target-kernel=6.6
// FOLDED-NOT: LINUX_HAS_SYSCALL_WRAPPER
// OLD: remark: LINUX_HAS_SYSCALL_WRAPPER not folded: riscv kernels before 6.6 lack the wrapper
// KEPT: UND LINUX_HAS_SYSCALL_WRAPPER
#include "Inputs/ksyscall.h"

SEC("kprobe/do_sys_openat2")
int regs_of_syscall(struct pt_regs *ctx)
{
	struct pt_regs *regs = PT_REGS_SYSCALL_REGS(ctx);

	seen += PT_REGS_PARM2_CORE_SYSCALL(regs);
	return 0;
}
