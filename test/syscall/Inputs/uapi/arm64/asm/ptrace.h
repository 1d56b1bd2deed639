/* The part of arm64's UAPI <asm/ptrace.h> that libbpf's bpf_tracing.h uses:
 * what a program built with user-space headers sees (not the kernel's
 * struct pt_regs, whose orig_x0 is kernel-internal). */
#ifndef __TEST_ARM64_ASM_PTRACE_H
#define __TEST_ARM64_ASM_PTRACE_H
#include <linux/types.h>
struct user_pt_regs {
	__u64 regs[31];
	__u64 sp;
	__u64 pc;
	__u64 pstate;
};
#endif
