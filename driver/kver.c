// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* kver.c - kernel versions and the BPF ISA version (-mcpu) each one runs. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>

#include "kver.h"
#include "passes/passes.h"

/*
 * When the kernel learnt each clang "cpu" (ISA) version; docs/driver.md
 * cites the commits:
 *   v2  BPF_JLT/JLE/JSLT/JSLE                       4.14
 *   v3  BPF_JMP32 class (+ ALU32 codegen)           5.1
 *   v4  sign-extending loads/movs, bswap, sdiv/smod,
 *       32-bit-offset goto (gotol)                  6.6
 * v1 is what every eBPF kernel runs.
 */
static const struct {
	int cpu;
	unsigned int since;
	const char *since_str;
} kver_cpus[] = {
	{ 4, BPFCC_KVER(6, 6), "6.6" },
	{ 3, BPFCC_KVER(5, 1), "5.1" },
	{ 2, BPFCC_KVER(4, 14), "4.14" },
	{ 1, 0, "3.18" },
};

#define NR_CPUS (sizeof(kver_cpus) / sizeof(kver_cpus[0]))

/* A decimal number without sign, leading '+' or excess leading zeros. */
static int kver__number(const char **s, unsigned long *n)
{
	const char *p = *s;
	char *end;

	if (!isdigit((unsigned char)*p) || (p[0] == '0' && isdigit((unsigned char)p[1])))
		return -EINVAL;
	errno = 0;
	*n = strtoul(p, &end, 10);
	if (errno || end - p > 3)
		return -EINVAL;
	*s = end;
	return 0;
}

int kver__parse(const char *s, unsigned int *kver)
{
	unsigned long major, minor;

	if (kver__number(&s, &major) || *s++ != '.' || kver__number(&s, &minor) || *s)
		return -EINVAL;
	if (major > KVER_MAX_MAJOR || minor > KVER_MAX_MINOR)
		return -EINVAL;
	if (major < KVER_MIN_MAJOR || (major == KVER_MIN_MAJOR && minor < KVER_MIN_MINOR))
		return -EINVAL;
	*kver = BPFCC_KVER(major, minor);
	return 0;
}

int kver__max_cpu(unsigned int kver)
{
	size_t i;

	for (i = 0; i < NR_CPUS; i++)
		if (kver >= kver_cpus[i].since)
			return kver_cpus[i].cpu;
	return 1;
}

const char *kver__cpu_since(int cpu)
{
	size_t i;

	for (i = 0; i < NR_CPUS; i++)
		if (kver_cpus[i].cpu == cpu)
			return kver_cpus[i].since_str;
	return "?";
}
