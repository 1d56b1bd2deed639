/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * options.h - bpfcc's own command-line options.
 *
 * They are spelled so that they can never collide with a clang option:
 * --target-kernel=, --target-btf= and --bpfcc-<x>. Each row of the table
 * in options.c says whether the option takes a value and where it goes:
 *
 *   PLUGIN  forwarded to clang as -fplugin-arg-bpfcc-<plugin_arg>[=value]
 *   PASSES  sets a field of struct passes_opts (the post-processor)
 *   DRIVER  changes what the driver itself does
 *
 * A later feature adds its option by adding a row (and, for PASSES or
 * DRIVER, a line in options__store()).
 */
#ifndef __BPFCC_OPTIONS_H
#define __BPFCC_OPTIONS_H

#include <stdbool.h>

#include "passes/passes.h"

enum option_dest {
	OPT_PLUGIN = 1 << 0,
	OPT_PASSES = 1 << 1,
	OPT_DRIVER = 1 << 2,
};

enum option_id {
	OPT_TARGET_KERNEL,
	OPT_TARGET_BTF,
	OPT_NO_ARG_CTX,
	OPT_NO_LOWER_ARG_CTX,
	OPT_NO_LOWER_BTF,
	OPT_VERBOSE,
	OPT_NO_SYSCALL_REGS,
	OPT_NO_FOLD_SYSCALL_WRAPPER,
	OPT_NO_AVAILABILITY,
	OPT_NO_PROTO_CHECK,
	OPT_GEN_CTX,
	OPT_NO_AUTO_CORE,
	OPT_NO_MULTIARCH_INCLUDE,
};

/* What the driver itself takes from bpfcc's options. */
struct driver_opts {
	bool verbose;			/* --bpfcc-verbose */
	bool gen_ctx;			/* --bpfcc-gen-ctx: print context structs */
	bool no_syscall_regs;		/* --bpfcc-no-syscall-regs */
	bool no_multiarch_include;	/* --bpfcc-no-multiarch-include */
	unsigned int target_kver;	/* --target-kernel, 0 when absent */
	struct passes_opts passes;
};

struct option_def {
	enum option_id id;
	const char *name;		/* "--target-kernel" */
	const char *value_name;		/* "X.Y"; NULL for a flag */
	unsigned int dest;		/* enum option_dest */
	const char *plugin_arg;		/* "target-kernel" for OPT_PLUGIN */
	const char *help;
};

/*
 * If @arg (argv[*i]) is one of bpfcc's options, consume it (and its value,
 * "--name=V" or "--name V") and return its row; *value gets the value
 * checked and normalized (malloc'ed; NULL for flags), and *plugin_arg the
 * argument to pass to clang (malloc'ed; NULL when the plugin is not
 * concerned). Returns NULL with *err = 0 when @arg is not bpfcc's, or
 * NULL with *err < 0 after one error line when it is bpfcc's but wrong.
 */
const struct option_def *options__parse(int argc, char **argv, int *i, char **value,
					char **plugin_arg, int *err);

/* Apply a parsed option to the driver's and post-processor's settings. */
void options__store(const struct option_def *def, const char *value, struct driver_opts *o);

/* The "bpfcc's options" part of --help. */
void options__print_help(void);

#endif /* __BPFCC_OPTIONS_H */
