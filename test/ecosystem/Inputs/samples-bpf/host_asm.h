/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * What the kernel's arch headers give every file that includes them: static
 * inline functions with the host's inline assembly (here x86's rdtsc, as in
 * arch/x86/include/asm/msr.h). Unused by BPF programs, but clang checks
 * their constraints while parsing, and "=a" is no BPF register.
 */
#ifndef HOST_ASM_H
#define HOST_ASM_H

static inline unsigned long long host_rdtsc(void)
{
	unsigned int lo, hi;

	asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((unsigned long long)hi << 32) | lo;
}

#endif
