// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * main.c - the bpfcc driver: a drop-in for `clang -target bpf`.
 *
 * The pipeline, top to bottom:
 *   1. parse the command line (bpfcc's options, inputs, output), with
 *      @response files expanded;
 *   2. compile each input with clang + the bpfcc plugin into a temporary
 *      file beside its output -- or, when every input is already an ELF
 *      object, take the object as it is (standalone mode);
 *   3. post-process the object (passes/) when an option asks for it;
 *   4. write: rename the result over the output, or remove every trace of
 *      it (and any stale output) on failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "args.h"
#include "common/diag.h"
#include "common/output.h"
#include "compile.h"
#include "genctx.h"
#include "inputs.h"
#include "options.h"
#include "passes/passes.h"
#include "process.h"
#include "rspfile.h"
#include "toolpaths.h"

#ifndef BPFCC_VERSION
#define BPFCC_VERSION "unknown"
#endif

static int print_help(void)
{
	printf("usage: bpfcc [clang options] [bpfcc options] file...\n"
	       "\n"
	       "Compiles eBPF programs like `clang -target bpf`, with the bpfcc plugin\n"
	       "loaded and the objects post-processed for the target kernel.\n"
	       "All options not listed here go to clang unchanged.\n"
	       "\n"
	       "bpfcc options:\n");
	options__print_help();
	printf("  %-28s %s\n", "-Wbpfcc-<x>, -Rbpfcc-<x>",
	       "bpfcc's own warnings and remarks (go to the plugin)");
	printf("  %-28s %s\n", "--help", "print this help");
	printf("  %-28s %s\n", "--version", "print bpfcc's version and the clang it runs");
	printf("\n"
	       "Environment:\n"
	       "  BPFCC_CLANG        clang to run (default: clang-19 beside bpfcc, else %s)\n"
	       "  BPFCC_PLUGIN       the plugin (default: <bindir>/../lib/bpfcc/bpfcc-plugin.so)\n"
	       "  BPFCC_INCLUDE_DIR  runtime headers (default: <bindir>/../include)\n"
	       "\n"
	       "Given only ELF objects, bpfcc post-processes the object into -o.\n"
	       "See docs/driver.md.\n", BPFCC_DEFAULT_CLANG);
	return 0;
}

static int print_version(void)
{
	struct toolpaths tp = {};
	char line[512];
	const char *argv[3];
	int status;

	printf("bpfcc version %s\n", BPFCC_VERSION);
	if (toolpaths__find_clang(&tp))
		return 1;
	argv[0] = tp.clang;
	argv[1] = "--version";
	argv[2] = NULL;
	status = process__first_line(argv, line, sizeof(line));
	toolpaths__free(&tp);
	if (status != 0) {
		if (status > 0)
			diag__error("'%s --version' failed", argv[0]);
		return 1;
	}
	printf("%s\n", line);
	return 0;
}

/*
 * Steps 3 and 4 for one output: @out's temporary file (or, in standalone
 * mode, the input object @in) is post-processed or simply renamed.
 * Messages name the user's files: the input object, or else the output
 * clang's object becomes.
 */
static int postprocess_and_write(const struct args *a, struct output *out, const char *in)
{
	struct output post;
	int fd;

	if (!passes__needed(&a->opts.passes) && !in)
		return output__commit(out) ? 1 : 0;
	fd = output__begin(&post, out->path);
	if (fd < 0) {
		output__fail(out);
		return 1;
	}
	close(fd);
	if (passes__run(&a->opts.passes, in ? in : out->tmp, post.tmp, in ? in : out->path,
			out->path) < 0) {
		output__fail(&post);
		output__fail(out);
		return 1;
	}
	output__discard(out);
	return output__commit(&post) ? 1 : 0;
}

/* Standalone object mode: step 3 and 4 only. */
static int build_from_object(const struct args *a)
{
	struct output out = { .path = a->output, .slot = -1 };

	if (inputs__check_object_mode(a))
		return 1;
	return postprocess_and_write(a, &out, args__input(a, 0)->value);
}

static void warn_unprocessed(const struct args *a)
{
	/*
	 * Only for output that is code but not an object: not for -E (ccache
	 * and distcc preprocess with the full command line on every build) nor
	 * -fsyntax-only, which write no code.
	 */
	if (passes__needed(&a->opts.passes) &&
	    (a->phase == PHASE_ASM || (a->phase == PHASE_OBJECT && a->emit_llvm)))
		diag__warning("post-processing applies to objects only: this %s output "
			      "is not adjusted for the target kernel",
			      a->emit_llvm ? "LLVM IR" : "assembly");
}

/* Steps 2 to 4 for one input compiled on its own. */
static int build_one(const struct args *a, const struct toolpaths *tp,
		     const struct item *input)
{
	char *final = compile__output_name(a, input);
	struct output out;
	int fd, status;

	fd = output__begin(&out, final);
	if (fd < 0) {
		free(final);
		return 1;
	}
	close(fd);
	status = compile__one(a, tp, input, final, out.tmp);
	if (status) {
		output__fail(&out);
	} else if (a->phase == PHASE_OBJECT && !a->emit_llvm) {
		status = postprocess_and_write(a, &out, NULL);
	} else {
		status = output__commit(&out) ? 1 : 0;
	}
	free(final);
	return status;
}

/*
 * Nothing could be compiled (no clang, no plugin, a bad -mcpu): like a
 * failed compile, leave no object of an earlier build that would look up
 * to date. Only the files bpfcc itself would have written.
 */
static void remove_stale_outputs(const struct args *a)
{
	size_t i;

	if (compile__passthrough(a))
		return;
	for (i = 0; i < a->ninputs; i++) {
		char *name = compile__output_name(a, args__input(a, i));

		unlink(name);
		free(name);
	}
}

/* LLVM IR for the host (no -target): clang's own, bpfcc only runs it. */
static int build_host_ir(const struct args *a)
{
	struct toolpaths tp = {};
	int status;

	if (compile__check_host_ir(a) || toolpaths__find_clang(&tp)) {
		toolpaths__free(&tp);
		remove_stale_outputs(a);
		return 1;
	}
	status = compile__run_host_ir(a, tp.clang);
	toolpaths__free(&tp);
	return status;
}

/*
 * Every input on its own, like clang: all are compiled even when one
 * fails; the exit status is the first failure's.
 */
static int build_sources(struct args *a)
{
	struct toolpaths tp;
	int status = 0, st;
	size_t i;

	if (compile__host_ir(a))
		return build_host_ir(a);
	if (toolpaths__find(&tp) || compile__check_cpu(a)) {
		toolpaths__free(&tp);
		remove_stale_outputs(a);
		return 1;
	}
	warn_unprocessed(a);
	if (compile__passthrough(a)) {
		status = compile__check_passthrough(a) ? 1 : compile__run_all(a, &tp);
	} else {
		for (i = 0; i < a->ninputs; i++) {
			st = build_one(a, &tp, args__input(a, i));
			if (st && !status)
				status = st;
		}
	}
	toolpaths__free(&tp);
	return status;
}

int main(int argc, char **argv)
{
	struct args a;
	int kind, status;

	diag__set_prog("bpfcc");
	output__init(process__forward_signal);

	if (rspfile__expand(&argc, &argv))
		return 1;
	if (args__parse(&a, argc, argv)) {
		args__free(&a);
		return 1;
	}
	if (a.help || a.version) {
		status = a.help ? print_help() : print_version();
		args__free(&a);
		return status;
	}

	/* --bpfcc-gen-ctx: the "inputs" are hook names; nothing is compiled. */
	if (a.opts.gen_ctx) {
		status = genctx__run(&a);
		args__free(&a);
		return status;
	}

	kind = inputs__classify(&a);
	if (kind < 0)
		status = 1;
	else if (kind == INPUTS_OBJECTS)
		status = build_from_object(&a);
	else
		status = build_sources(&a);

	args__free(&a);
	return status;
}
