/* The part of s390's UAPI <asm/ptrace.h> that libbpf's bpf_tracing.h uses. */
#ifndef __TEST_S390_ASM_PTRACE_H
#define __TEST_S390_ASM_PTRACE_H
#include <linux/types.h>
typedef struct {
	unsigned long mask;
	unsigned long addr;
} __attribute__((aligned(8))) psw_t;
typedef struct {
	psw_t psw;
	unsigned long gprs[16];
	unsigned int acrs[16];
	unsigned long orig_gpr2;
} user_pt_regs;
#endif
