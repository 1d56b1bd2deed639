/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * args.h - classify a clang command line.
 *
 * bpfcc forwards every argument to clang unchanged and in order, except:
 * bpfcc's own options (translated or consumed), the inputs and the output
 * (the driver compiles each input to a temporary file) and -x (moved next
 * to its input when inputs are compiled one by one). The classification
 * keeps the original order as a list of items; compile.c builds clang's
 * argv from it.
 */
#ifndef __BPFCC_ARGS_H
#define __BPFCC_ARGS_H

#include <stdbool.h>
#include <stddef.h>

#include "options.h"

enum item_kind {
	ITEM_ARG,	/* forwarded as is: s[0] (and s[1] when set) */
	ITEM_INPUT,	/* an input file: value; lang is the -x in effect */
	ITEM_OUTPUT,	/* -o: value is the output path */
	ITEM_LANG,	/* -x: value is the language */
	ITEM_BPFCC,	/* bpfcc's own: value is what clang gets, or NULL */
};

struct item {
	enum item_kind kind;
	const char *s[2];
	const char *value;
	const char *lang;
};

/* The last compilation phase the command line asks for, as clang picks it. */
enum phase {
	PHASE_LINK,		/* none of -c -S -E: clang would link */
	PHASE_PREPROCESS,	/* -E, -M, -MM */
	PHASE_SYNTAX,		/* -fsyntax-only: no output */
	PHASE_ASM,		/* -S */
	PHASE_OBJECT,		/* -c */
};

struct args {
	struct item *items;
	size_t nitems;
	size_t ninputs;

	const char *output;	/* last -o, NULL when absent */
	const char *target;	/* -target / --target=, NULL when absent */
	const char *mcpu;	/* last -mcpu=, NULL when absent */
	/* After "-D__TARGET_ARCH_" of the last such -D ("arm64", "s390=1"), or NULL. */
	const char *target_arch;
	/* The first of bpfcc's options given, but --bpfcc-verbose; NULL when none. */
	const char *bpfcc_option;
	const char *sysroot;	/* last --sysroot, NULL when absent */
	const char *isysroot;	/* last -isysroot (clang prefers it to --sysroot) */
	bool nostdlibinc;	/* -nostdinc, --no-standard-includes or -nostdlibinc */
	enum phase phase;
	bool emit_llvm;		/* -emit-llvm */
	bool deps_file;		/* -MD or -MMD: a depfile beside the output */
	bool deps_only;		/* -M or -MM: the output is the depfile */
	bool has_mf;		/* -MF */
	bool has_mt;		/* -MT or -MQ */
	bool dry_run;		/* -###: clang prints, runs nothing */
	bool help;		/* --help */
	bool version;		/* --version */

	struct driver_opts opts;
};

/* 0, or -EINVAL after one error line. */
int args__parse(struct args *a, int argc, char **argv);
void args__free(struct args *a);

/* The index-th input item (0-based). */
const struct item *args__input(const struct args *a, size_t index);

#endif /* __BPFCC_ARGS_H */
