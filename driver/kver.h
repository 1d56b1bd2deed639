/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * kver.h - target kernel versions: parsing --target-kernel=X.Y and what
 * the target allows the compiler to emit (-mcpu).
 */
#ifndef __BPFCC_KVER_H
#define __BPFCC_KVER_H

/*
 * 4.18 is the oldest kernel with BTF loading (BPF_BTF_LOAD), which every
 * bpfcc object carries; the upper bound only rejects typos like 61.0.
 */
#define KVER_MIN_MAJOR 4
#define KVER_MIN_MINOR 18
#define KVER_MAX_MAJOR 99
#define KVER_MAX_MINOR 255
#define KVER_MIN_STR "4.18"
#define KVER_MAX_STR "99.255"

/* "X.Y" -> BPFCC_KVER(X, Y). 0, or -EINVAL when malformed or out of range. */
int kver__parse(const char *s, unsigned int *kver);

/* Newest -mcpu=vN the kernel @kver runs (see kver.c for the sources). */
int kver__max_cpu(unsigned int kver);

/* The kernel that first runs cpu vN, as "X.Y" (for error messages). */
const char *kver__cpu_since(int cpu);

#endif /* __BPFCC_KVER_H */
