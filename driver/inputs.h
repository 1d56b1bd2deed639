/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * inputs.h - look at the input files before anything runs: each must be
 * readable (one bpfcc error line instead of clang's two), and ELF objects
 * select the standalone post-processing mode.
 */
#ifndef __BPFCC_INPUTS_H
#define __BPFCC_INPUTS_H

#include "args.h"

enum inputs_kind {
	INPUTS_SOURCES,	/* compile with clang */
	INPUTS_OBJECTS,	/* every input is an ELF object: post-process only */
};

/* Returns an enum inputs_kind, or -errno after one error line. */
int inputs__classify(const struct args *a);

/*
 * Standalone object mode takes one object and an -o that is not the
 * input. 0, or -EINVAL after one error line.
 */
int inputs__check_object_mode(const struct args *a);

#endif /* __BPFCC_INPUTS_H */
