/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * passes.h - the post-processor: object in, object out.
 *
 * The driver calls passes__run() once per output object, after clang has
 * written it to a temporary file. Each pass is one file in passes/ with one
 * entry point, taking the in-memory object (obj/) and the options; the
 * order lives in passes.c.
 */
#ifndef __BPFCC_PASSES_H
#define __BPFCC_PASSES_H

#include <stdbool.h>

/* Kernel version as KERNEL_VERSION(major, minor, 0); 0 means "no target". */
#define BPFCC_KVER(a, b) (((a) << 16) + ((b) << 8))

struct passes_opts {
	unsigned int target_kver;	/* --target-kernel, 0 when absent */
	const char *target_btf;		/* --target-btf, NULL when absent */
	bool no_lower_btf;		/* --bpfcc-no-lower-btf */
	bool no_lower_arg_ctx;		/* --bpfcc-no-lower-arg-ctx */
	bool remarks;			/* -Rbpfcc-* given */
	bool remark_lower_btf;		/* -Rbpfcc-lower-btf */
	bool remark_arg_ctx;		/* -Rbpfcc-arg-ctx */
};

/* Would any pass change an object built with these options? */
bool passes__needed(const struct passes_opts *opts);

/*
 * Read the object at @in_path, run every enabled pass, write the result to
 * @out_path (a temporary file the caller renames). Diagnostics call the
 * input @in_name and the output @out_name (NULL: the path), the files the
 * user named, never the driver's temporary files. On failure, returns a
 * negative errno after printing one diagnostic; @out_path may then hold
 * garbage and the caller removes it.
 */
int passes__run(const struct passes_opts *opts, const char *in_path, const char *out_path,
		const char *in_name, const char *out_name);

#endif /* __BPFCC_PASSES_H */
