/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * pass.h - what a post-processing pass sees (internal to passes/).
 *
 * passes__run() opens the object and parses .BTF/.BTF.ext once; each pass
 * edits them in memory and says what it changed; passes__run() writes the
 * changed sections back and the object out.
 */
#ifndef __BPFCC_PASS_H
#define __BPFCC_PASS_H

#include <stdbool.h>

#include "obj/btf_ext.h"
#include "obj/elf_obj.h"
#include "passes/passes.h"

struct btf;

struct pass_ctx {
	const struct passes_opts *opts;
	struct elf_obj *obj;
	struct btf *btf;		/* NULL when the object has no .BTF */
	struct btf_ext *ext;		/* NULL when it has no .BTF.ext */
	bool btf_changed;
	bool ext_changed;
};

/* lower_arg_ctx.c: per program type copies of arg:ctx subprograms (< 6.8). */
int lower_arg_ctx__run(struct pass_ctx *ctx);

/* lower_btf.c: rewrite .BTF/.BTF.ext for opts->target_kver. */
int lower_btf__run(struct pass_ctx *ctx);

#endif /* __BPFCC_PASS_H */
