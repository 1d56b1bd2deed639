/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * bpf/bpf_tracing.h - bpfcc's wrapper around the user's own libbpf
 * bpf_tracing.h, for syscall arguments on arm64, s390 and riscv.
 *
 * The bpfcc driver puts the directory above this file *before* the user's
 * -I directories when the command line defines __TARGET_ARCH_arm64,
 * __TARGET_ARCH_s390, __TARGET_ARCH_riscv or __TARGET_ARCH_x86. This file
 * includes the real header (whatever libbpf version the user has:
 * #include_next continues the search after this directory). On x86 it
 * only adds what libbpf 1.1 lacks, the sixth syscall argument, and
 * redefines nothing, so every x86 program clang can compile gets the same
 * object. On the other arches it redefines the syscall-argument macros so
 * that
 *
 *  - every read of a syscall argument through the inner struct pt_regs is
 *    a CO-RE relocation against the kernel's struct pt_regs, through the
 *    flavors pt_regs___arm64 / ___s390 / ___riscv, which carry
 *    preserve_access_index: the first argument comes from orig_x0,
 *    orig_gpr2 or orig_a0 (the entry code overwrites x0/gpr2/a0), the
 *    others from the argument registers. No offset of a kernel-internal
 *    struct is assumed (libbpf 1.1 reads arguments 2-5 through the UAPI
 *    user_pt_regs / user_regs_struct, and riscv's first argument from a0);
 *  - riscv's PT_REGS_SYSCALL_REGS() follows the kernel (riscv has had
 *    syscall wrappers since 6.6; libbpf 1.1 assumes it never has them).
 *
 * libbpf's BPF_KSYSCALL / BPF_KPROBE_SYSCALL expand these macros when they
 * are used, so they pick up the definitions below without being redefined.
 * See docs/syscalls.md. Disable with --bpfcc-no-syscall-regs.
 */

/*
 * libbpf's own flavor structs (pt_regs___arm64 and ___s390 since 0.8,
 * ___riscv since 1.5) lack preserve_access_index: a direct member access
 * through them reads a fixed, wrong offset. Rename them while the real
 * header is read, so that ours, defined below, can take their names.
 */
#ifndef __BPFCC_SYSCALL_BPF_TRACING_H
#define pt_regs___arm64 __bpfcc_libbpf_pt_regs___arm64
#define pt_regs___s390 __bpfcc_libbpf_pt_regs___s390
#define pt_regs___riscv __bpfcc_libbpf_pt_regs___riscv
#endif

#include_next <bpf/bpf_tracing.h>

#ifndef __BPFCC_SYSCALL_BPF_TRACING_H
#define __BPFCC_SYSCALL_BPF_TRACING_H

#undef pt_regs___arm64
#undef pt_regs___s390
#undef pt_regs___riscv

/*
 * libbpf picks the first __TARGET_ARCH_* in its own order (x86 first);
 * follow its choice through the bpf_target_* macros it defines.
 */
#if defined(bpf_target_arm64) || defined(bpf_target_s390) || defined(bpf_target_riscv)

#if defined(bpf_target_arm64)

/* arch/arm64/include/asm/ptrace.h: regs[] sits in an anonymous union. */
struct pt_regs___arm64 {
	unsigned long regs[31];
	unsigned long orig_x0;
} __attribute__((preserve_access_index));

#define __BPFCC_SYSCALL_REGS(x) ((const struct pt_regs___arm64 *)(x))
#define __BPFCC_SYSCALL_ARG1 orig_x0
#define __BPFCC_SYSCALL_ARG2 regs[1]
#define __BPFCC_SYSCALL_ARG3 regs[2]
#define __BPFCC_SYSCALL_ARG4 regs[3]
#define __BPFCC_SYSCALL_ARG5 regs[4]
#define __BPFCC_SYSCALL_ARG6 regs[5]

#elif defined(bpf_target_s390)

/* arch/s390/include/asm/ptrace.h: gprs[] sits in an anonymous union. */
struct pt_regs___s390 {
	unsigned long gprs[16];
	unsigned long orig_gpr2;
} __attribute__((preserve_access_index));

#define __BPFCC_SYSCALL_REGS(x) ((const struct pt_regs___s390 *)(x))
#define __BPFCC_SYSCALL_ARG1 orig_gpr2
#define __BPFCC_SYSCALL_ARG2 gprs[3]
#define __BPFCC_SYSCALL_ARG3 gprs[4]
#define __BPFCC_SYSCALL_ARG4 gprs[5]
#define __BPFCC_SYSCALL_ARG5 gprs[6]
#define __BPFCC_SYSCALL_ARG6 gprs[7]

#else /* bpf_target_riscv */

struct pt_regs___riscv {
	unsigned long a0;
	unsigned long a1;
	unsigned long a2;
	unsigned long a3;
	unsigned long a4;
	unsigned long a5;
	unsigned long orig_a0;
} __attribute__((preserve_access_index));

#define __BPFCC_SYSCALL_REGS(x) ((const struct pt_regs___riscv *)(x))
#define __BPFCC_SYSCALL_ARG1 orig_a0
#define __BPFCC_SYSCALL_ARG2 a1
#define __BPFCC_SYSCALL_ARG3 a2
#define __BPFCC_SYSCALL_ARG4 a3
#define __BPFCC_SYSCALL_ARG5 a4
#define __BPFCC_SYSCALL_ARG6 a5

/*
 * riscv got ARCH_HAS_SYSCALL_WRAPPER in 6.6 (08d0ce30e0e4): decide as
 * BPF_KSYSCALL does, at load time, unless bpfcc folds the extern for a
 * --target-kernel.
 */
#undef PT_REGS_SYSCALL_REGS
#define PT_REGS_SYSCALL_REGS(ctx)						\
	({									\
		extern _Bool LINUX_HAS_SYSCALL_WRAPPER				\
			__attribute__((section(".kconfig")));			\
		LINUX_HAS_SYSCALL_WRAPPER ? (struct pt_regs *)PT_REGS_PARM1(ctx)	\
					  : (struct pt_regs *)(ctx);		\
	})

#endif

/*
 * CO-RE reads, for the inner pt_regs behind the syscall wrapper (a kernel
 * pointer: only bpf_probe_read_kernel can read it in a kprobe).
 */
#undef PT_REGS_PARM1_CORE_SYSCALL
#undef PT_REGS_PARM2_CORE_SYSCALL
#undef PT_REGS_PARM3_CORE_SYSCALL
#undef PT_REGS_PARM4_CORE_SYSCALL
#undef PT_REGS_PARM5_CORE_SYSCALL
#undef PT_REGS_PARM6_CORE_SYSCALL
#define PT_REGS_PARM1_CORE_SYSCALL(x) BPF_CORE_READ(__BPFCC_SYSCALL_REGS(x), __BPFCC_SYSCALL_ARG1)
#define PT_REGS_PARM2_CORE_SYSCALL(x) BPF_CORE_READ(__BPFCC_SYSCALL_REGS(x), __BPFCC_SYSCALL_ARG2)
#define PT_REGS_PARM3_CORE_SYSCALL(x) BPF_CORE_READ(__BPFCC_SYSCALL_REGS(x), __BPFCC_SYSCALL_ARG3)
#define PT_REGS_PARM4_CORE_SYSCALL(x) BPF_CORE_READ(__BPFCC_SYSCALL_REGS(x), __BPFCC_SYSCALL_ARG4)
#define PT_REGS_PARM5_CORE_SYSCALL(x) BPF_CORE_READ(__BPFCC_SYSCALL_REGS(x), __BPFCC_SYSCALL_ARG5)
#define PT_REGS_PARM6_CORE_SYSCALL(x) BPF_CORE_READ(__BPFCC_SYSCALL_REGS(x), __BPFCC_SYSCALL_ARG6)

/*
 * Direct loads, for pointers the verifier lets a program dereference: the
 * kprobe context itself (BPF_KSYSCALL on a kernel without the wrapper) or a
 * BTF pointer in fentry. The offsets are CO-RE-relocated all the same. The
 * first argument stays a CO-RE read, as in libbpf.
 */
#undef PT_REGS_PARM1_SYSCALL
#undef PT_REGS_PARM2_SYSCALL
#undef PT_REGS_PARM3_SYSCALL
#undef PT_REGS_PARM4_SYSCALL
#undef PT_REGS_PARM5_SYSCALL
#undef PT_REGS_PARM6_SYSCALL
#define PT_REGS_PARM1_SYSCALL(x) PT_REGS_PARM1_CORE_SYSCALL(x)
#define PT_REGS_PARM2_SYSCALL(x) (__BPFCC_SYSCALL_REGS(x)->__BPFCC_SYSCALL_ARG2)
#define PT_REGS_PARM3_SYSCALL(x) (__BPFCC_SYSCALL_REGS(x)->__BPFCC_SYSCALL_ARG3)
#define PT_REGS_PARM4_SYSCALL(x) (__BPFCC_SYSCALL_REGS(x)->__BPFCC_SYSCALL_ARG4)
#define PT_REGS_PARM5_SYSCALL(x) (__BPFCC_SYSCALL_REGS(x)->__BPFCC_SYSCALL_ARG5)
#define PT_REGS_PARM6_SYSCALL(x) (__BPFCC_SYSCALL_REGS(x)->__BPFCC_SYSCALL_ARG6)

#endif /* bpf_target_arm64 || bpf_target_s390 || bpf_target_riscv */

/*
 * x86-64 passes a syscall's sixth argument in r9, which struct pt_regs
 * names r9 in the kernel's layout (vmlinux.h) and in the UAPI one alike.
 * Only defined where libbpf has no definition (1.1 has none; newer libbpf
 * defines both, and wins). i386 is left to libbpf.
 */
#if defined(bpf_target_x86) && !defined(__i386__)
#ifndef PT_REGS_PARM6_SYSCALL
#define PT_REGS_PARM6_SYSCALL(x) (__PT_REGS_CAST(x)->r9)
#endif
#ifndef PT_REGS_PARM6_CORE_SYSCALL
#define PT_REGS_PARM6_CORE_SYSCALL(x) BPF_CORE_READ(__PT_REGS_CAST(x), r9)
#endif
#define __BPFCC_SYSCALL_HAS_ARG6
#endif

#if defined(bpf_target_arm64) || defined(bpf_target_s390) || defined(bpf_target_riscv)
#define __BPFCC_SYSCALL_HAS_ARG6
#endif

/*
 * libbpf 1.1's BPF_KSYSCALL stops at five arguments: a sixth (mmap's
 * offset, pselect6's sigmask...) is "call to undeclared function
 * '___bpf_syswrap_args6'". Newer libbpf defines both the same way: direct
 * loads from the kprobe context without the syscall wrapper, CO-RE reads
 * from the inner pt_regs with it.
 */
#ifdef __BPFCC_SYSCALL_HAS_ARG6
#ifndef ___bpf_syscall_args6
#define ___bpf_syscall_args6(x, args...) ___bpf_syscall_args5(args), (void *)PT_REGS_PARM6_SYSCALL(regs)
#endif
#ifndef ___bpf_syswrap_args6
#define ___bpf_syswrap_args6(x, args...) ___bpf_syswrap_args5(args), (void *)PT_REGS_PARM6_CORE_SYSCALL(regs)
#endif
#endif

#endif /* __BPFCC_SYSCALL_BPF_TRACING_H */
