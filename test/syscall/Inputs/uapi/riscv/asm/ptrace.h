/* The part of riscv's UAPI <asm/ptrace.h> that libbpf's bpf_tracing.h uses:
 * user_regs_struct has no orig_a0. */
#ifndef __TEST_RISCV_ASM_PTRACE_H
#define __TEST_RISCV_ASM_PTRACE_H
#include <linux/types.h>
struct user_regs_struct {
	unsigned long pc, ra, sp, gp, tp, t0, t1, t2, s0, s1;
	unsigned long a0, a1, a2, a3, a4, a5, a6, a7;
	unsigned long s2, s3, s4, s5, s6, s7, s8, s9, s10, s11;
	unsigned long t3, t4, t5, t6;
};
#endif
