// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * passes.c - the post-processor: open the object, run the passes in order,
 * write the result.
 *
 * The input is only read: everything happens on the in-memory object, and
 * the output is a new file. With nothing to change, the output is a byte
 * for byte copy (elf_obj__write() keeps the input's layout).
 */
#include <errno.h>

#include <bpf/btf.h>

#include "common/diag.h"
#include "obj/btf_obj.h"
#include "passes/pass.h"
#include "passes/passes.h"

bool passes__needed(const struct passes_opts *opts)
{
	return opts->target_kver != 0;
}

static bool wants_btf(const struct passes_opts *opts)
{
	return opts->target_kver && !opts->no_lower_btf;
}

static bool wants_arg_ctx(const struct passes_opts *opts)
{
	return opts->target_kver && opts->target_kver < BPFCC_KVER(6, 8) &&
	       !opts->no_lower_arg_ctx;
}

static int load(struct pass_ctx *ctx)
{
	/* lower_btf.c gives clang's void (_Atomic) members a type. */
	int err = btf_obj__load(ctx->obj, &ctx->btf,
				wants_btf(ctx->opts) ? BTF_OBJ_VOID_MEMBERS : 0);

	return err ? err : btf_obj__load_ext(ctx->obj, ctx->btf, &ctx->ext);
}

/*
 * Write .BTF and .BTF.ext back whenever the passes looked at them: their
 * writers reproduce clang's bytes exactly, so unchanged sections stay
 * unchanged, and every lowered object goes through the same code.
 */
static int store(struct pass_ctx *ctx)
{
	int err = 0;

	if (ctx->btf && ctx->btf_changed)
		err = btf_obj__store(ctx->obj, ctx->btf);
	if (!err && ctx->ext)
		err = btf_obj__store_ext(ctx->obj, ctx->ext);
	return err;
}

int passes__run(const struct passes_opts *opts, const char *in_path, const char *out_path,
		const char *in_name, const char *out_name)
{
	struct pass_ctx ctx = { .opts = opts };
	int err;

	if (opts->remarks)
		diag__enable_remarks(1);
	err = elf_obj__open_as(in_path, in_name ? in_name : in_path, &ctx.obj);
	if (err)
		return err;
	if (wants_btf(opts) || wants_arg_ctx(opts)) {
		err = load(&ctx);
		/* arg:ctx first: lower_btf lowers what it adds for old kernels too. */
		if (!err && wants_arg_ctx(opts))
			err = lower_arg_ctx__run(&ctx);
		if (!err && wants_btf(opts))
			err = lower_btf__run(&ctx);
		if (!err)
			err = store(&ctx);
	}
	if (!err)
		err = elf_obj__write(ctx.obj, out_path, out_name);
	btf_ext__free(ctx.ext);
	btf__free(ctx.btf);
	elf_obj__free(ctx.obj);
	return err;
}
