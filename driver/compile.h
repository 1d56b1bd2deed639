/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * compile.h - run clang for a bpfcc command line.
 *
 * clang gets the user's arguments unchanged and in order, plus:
 *   -target bpf            when no -target/--target was given
 *   -fplugin=<plugin>      bpfcc's clang plugin
 *   -idirafter /usr/include/<multiarch>   for a BPF target (multiarch.h)
 *   -idirafter <include>   so programs can #include <bpfcc/...>
 *   -D__BPFCC__=1
 * and, when bpfcc manages the output file, "-o <temporary>" in place of
 * the user's -o, with -MF/-MQ so a depfile still names the real output.
 */
#ifndef __BPFCC_COMPILE_H
#define __BPFCC_COMPILE_H

#include <stdbool.h>

#include "args.h"
#include "toolpaths.h"

/*
 * Check the user's -mcpu against --target-kernel (bpfcc adds none).
 * 0, or -EINVAL after one error line.
 */
int compile__check_cpu(const struct args *a);

/*
 * -emit-llvm without -target: clang's host-target IR (the kernel's
 * samples/bpf pipe it to llc -march=bpf). Run as clang alone would, without
 * the plugin or anything else of bpfcc's.
 */
bool compile__host_ir(const struct args *a);
/* bpfcc's own options are for BPF compiles: 0, or -EINVAL after one error line. */
int compile__check_host_ir(const struct args *a);
/* Run @clang with the command line minus bpfcc's options; bpfcc's exit status. */
int compile__run_host_ir(const struct args *a, const char *clang);

/*
 * True when clang should run once with the command line as given (inputs,
 * -o and all): nothing to manage (-o -, -E to stdout, -fsyntax-only, -###,
 * no input, linking) or clang is the one to reject it (several inputs
 * with one -o).
 */
bool compile__passthrough(const struct args *a);

/*
 * An object that must be post-processed cannot be streamed to stdout or a
 * non-regular file. 0, or -EINVAL after one error line.
 */
int compile__check_passthrough(const struct args *a);

/* Run clang once over the whole command line; returns bpfcc's exit status. */
int compile__run_all(const struct args *a, const struct toolpaths *tp);

/* The output path clang would write for @input (-o, else <stem>.o/.s/...). */
char *compile__output_name(const struct args *a, const struct item *input);

/*
 * Compile @input alone into @tmp (the final output being @final).
 * Returns 0 or bpfcc's exit status (clang's own when it failed).
 */
int compile__one(const struct args *a, const struct toolpaths *tp,
		 const struct item *input, const char *final, const char *tmp);

#endif /* __BPFCC_COMPILE_H */
