// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* compile.c - clang's argv, and what its exit status means for bpfcc. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "common/diag.h"
#include "common/path.h"
#include "common/strvec.h"
#include "compile.h"
#include "kver.h"
#include "multiarch.h"
#include "passes/passes.h"
#include "process.h"

/* -mcpu=vN -> N; 0 for anything else (generic, probe: left to clang). */
static int compile__cpu_number(const char *mcpu)
{
	if (mcpu[0] == 'v' && mcpu[1] >= '1' && mcpu[1] <= '9' && !mcpu[2])
		return mcpu[1] - '0';
	if (!strcmp(mcpu, "generic"))
		return 1;
	return 0;
}

int compile__check_cpu(const struct args *a)
{
	unsigned int kver = a->opts.target_kver;
	int max, cpu;

	/*
	 * Only the user's -mcpu is checked: bpfcc never picks one. A newer ISA
	 * is no safe default even where the target runs it: 32-bit ALU code
	 * (v3) can lose a bound that newer verifiers then reject
	 * (docs/target-kernel.md, "The instruction set").
	 */
	if (!kver || !a->mcpu)
		return 0;
	max = kver__max_cpu(kver);
	cpu = compile__cpu_number(a->mcpu);
	if (cpu > max) {
		diag__error("-mcpu=%s needs kernel %s or newer, but --target-kernel=%u.%u "
			    "allows at most -mcpu=v%d", a->mcpu, kver__cpu_since(cpu),
			    kver >> 16, (kver >> 8) & 0xff, max);
		return -EINVAL;
	}
	return 0;
}

static bool compile__writes_stdout(const struct args *a)
{
	return a->output ? !strcmp(a->output, "-") : a->phase == PHASE_PREPROCESS;
}

/* An existing output that is not a regular file (/dev/null): written in place. */
static bool compile__output_is_special(const struct args *a)
{
	struct stat st;

	return a->output && stat(a->output, &st) == 0 && !S_ISREG(st.st_mode);
}

bool compile__passthrough(const struct args *a)
{
	if (a->dry_run || !a->ninputs)
		return true;
	if (a->phase == PHASE_LINK || a->phase == PHASE_SYNTAX)
		return true;
	if (a->ninputs > 1 && a->output)
		return true;
	return compile__writes_stdout(a) || compile__output_is_special(a);
}

int compile__check_passthrough(const struct args *a)
{
	if (a->phase != PHASE_OBJECT || a->emit_llvm || a->dry_run || !a->ninputs ||
	    !passes__needed(&a->opts.passes))
		return 0;
	if (!compile__writes_stdout(a) && !compile__output_is_special(a))
		return 0;
	diag__error("cannot post-process an object written to '%s': write it to a "
		    "regular file", a->output);
	return -EINVAL;
}

/* -D__TARGET_ARCH_<arch>[=...] names one of these arches. */
static bool compile__arch_is(const char *arch, const char *name)
{
	size_t len = strlen(name);

	return !strncmp(arch, name, len) && (arch[len] == '\0' || arch[len] == '=');
}

/*
 * bpfcc's bpf/bpf_tracing.h wrapper (docs/syscalls.md) goes before the
 * user's -I directories, for the arches whose syscall arguments libbpf's
 * macros read through kernel-internal layouts, and for x86, where it only
 * adds the sixth argument libbpf 1.1 lacks (what clang compiles, bpfcc
 * compiles to the same object).
 */
static void compile__push_syscall_headers(struct strvec *sv, const struct args *a,
					  const struct toolpaths *tp)
{
	const char *arch = a->target_arch;

	if (!arch || a->opts.no_syscall_regs)
		return;
	if (!compile__arch_is(arch, "arm64") && !compile__arch_is(arch, "s390") &&
	    !compile__arch_is(arch, "riscv") && !compile__arch_is(arch, "x86"))
		return;
	strvec__push(sv, "-I");
	strvec__pushf(sv, "%s/bpfcc/syscall", tp->include);
}

/*
 * Whether every input is already preprocessed (".i", or "-x cpp-output"):
 * clang then has no use for include directories and warns that ours are
 * unused, which -Werror turns into a failed compile (distcc sends .i files).
 */
static bool compile__all_preprocessed(const struct args *a)
{
	size_t i, n = 0;

	for (i = 0; i < a->nitems; i++) {
		const struct item *it = &a->items[i];
		const char *dot;

		if (it->kind != ITEM_INPUT)
			continue;
		n++;
		if (it->lang) {
			if (strcmp(it->lang, "cpp-output"))
				return false;
			continue;
		}
		dot = strrchr(it->value, '.');
		if (!dot || strcmp(dot, ".i"))
			return false;
	}
	return n > 0;
}

static void compile__push_prologue(struct strvec *sv, const struct args *a,
				   const struct toolpaths *tp)
{
	strvec__push(sv, tp->clang);
	if (!a->target) {
		strvec__push(sv, "-target");
		strvec__push(sv, "bpf");
	}
	strvec__pushf(sv, "-fplugin=%s", tp->plugin);
	if (!compile__all_preprocessed(a)) {
		char *multiarch = multiarch__include_dir(a);

		compile__push_syscall_headers(sv, a, tp);
		if (multiarch) {
			strvec__push(sv, "-idirafter");
			strvec__pushf(sv, "%s", multiarch);
			free(multiarch);
		}
		strvec__push(sv, "-idirafter");
		strvec__push(sv, tp->include);
	}
	strvec__push(sv, "-D__BPFCC__=1");
}

static void compile__push_item(struct strvec *sv, const struct item *it)
{
	if (it->kind == ITEM_BPFCC) {
		if (it->value)
			strvec__push(sv, it->value);
		return;
	}
	strvec__push(sv, it->s[0]);
	if (it->s[1])
		strvec__push(sv, it->s[1]);
}

/*
 * The argv for one input: every item in order, minus the other inputs
 * and -o. With several inputs, -x options are dropped and the one in
 * effect is put right before the input, so that each job sees exactly
 * the language clang would have used for it.
 */
static void compile__push_job_items(struct strvec *sv, const struct args *a,
				    const struct item *input)
{
	bool several = a->ninputs > 1;
	size_t i;

	for (i = 0; i < a->nitems; i++) {
		const struct item *it = &a->items[i];

		switch (it->kind) {
		case ITEM_OUTPUT:
			break;
		case ITEM_LANG:
			if (!several)
				compile__push_item(sv, it);
			break;
		case ITEM_INPUT:
			if (it != input)
				break;
			if (several && it->lang) {
				strvec__push(sv, "-x");
				strvec__push(sv, it->lang);
			}
			strvec__push(sv, it->value);
			break;
		default:
			compile__push_item(sv, it);
			break;
		}
	}
}

static char *compile__stem(const char *input)
{
	const char *base = path__basename(input);
	const char *dot = strrchr(base, '.');
	size_t len = dot && dot != base ? (size_t)(dot - base) : strlen(base);

	return xasprintf("%.*s", (int)len, base);
}

/* clang's default output name in the current directory. */
char *compile__output_name(const struct args *a, const struct item *input)
{
	const char *ext;
	char *stem, *name;

	if (a->output)
		return xstrdup(a->output);
	if (a->phase == PHASE_ASM)
		ext = a->emit_llvm ? "ll" : "s";
	else
		ext = a->emit_llvm ? "bc" : "o";
	stem = compile__stem(input->value);
	name = xasprintf("%s.%s", stem, ext);
	free(stem);
	return name;
}

/*
 * With -MD/-MMD clang names the depfile and its target after -o, which is
 * now a temporary file: name them as clang would have without bpfcc.
 */
static void compile__push_deps(struct strvec *sv, const struct args *a,
			       const struct item *input)
{
	char *stem, *depfile;

	if (!a->deps_file)
		return;
	stem = compile__stem(input->value);
	if (!a->has_mf) {
		depfile = a->output ? path__replace_ext(a->output, "d") : xasprintf("%s.d", stem);
		strvec__push(sv, "-MF");
		strvec__pushf(sv, "%s", depfile);
		free(depfile);
	}
	if (!a->has_mt && !a->deps_only) {
		strvec__push(sv, "-MQ");
		if (a->output)
			strvec__push(sv, a->output);
		else
			strvec__pushf(sv, "%s.o", stem);
	}
	free(stem);
}

static const char *compile__input_name(const struct item *input)
{
	return input ? input->value : "the inputs";
}

/* Turn a wait status into bpfcc's exit status, explaining crashes. */
static int compile__status(const char *clang, int status, const struct item *input)
{
	const char *name = path__basename(clang);
	int sig, code;

	if (status < 0)
		return 1;
	if (WIFSIGNALED(status)) {
		sig = WTERMSIG(status);
		diag__error("%s was killed by signal %d (SIG%s) compiling %s", name, sig,
			    sigabbrev_np(sig) ? sigabbrev_np(sig) : "?",
			    compile__input_name(input));
		return 1;
	}
	code = WEXITSTATUS(status);
	/*
	 * clang reports a crashed frontend as 128 + signal. bpfcc exits >= 128
	 * only when it is killed itself, so that shells and make tell the two
	 * apart.
	 */
	if (code >= 128) {
		diag__error("%s crashed (exit status %d) compiling %s", name, code,
			    compile__input_name(input));
		return 1;
	}
	return code;
}

int compile__run_all(const struct args *a, const struct toolpaths *tp)
{
	struct strvec sv = {};
	size_t i;
	int status;

	compile__push_prologue(&sv, a, tp);
	for (i = 0; i < a->nitems; i++)
		compile__push_item(&sv, &a->items[i]);
	status = process__run(sv.v, a->opts.verbose);
	status = compile__status(tp->clang, status, a->ninputs == 1 ? args__input(a, 0) : NULL);
	strvec__free(&sv);
	return status;
}

int compile__one(const struct args *a, const struct toolpaths *tp,
		 const struct item *input, const char *final, const char *tmp)
{
	struct strvec sv = {};
	int status;

	compile__push_prologue(&sv, a, tp);
	compile__push_job_items(&sv, a, input);
	compile__push_deps(&sv, a, input);
	/*
	 * @tmp is already our registered temporary file: clang writing its own
	 * temporary beside it and renaming it over would leave that file behind
	 * when a signal stops clang before LLVM has registered it for removal
	 * (test/robustness/interrupt.test).
	 */
	strvec__push(&sv, "-fno-temp-file");
	strvec__push(&sv, "-o");
	strvec__push(&sv, tmp);
	status = process__run(sv.v, a->opts.verbose);
	status = compile__status(tp->clang, status, input);
	strvec__free(&sv);
	return status;
}

/*
 * The kernel's samples/bpf compile with the host's target and let llc make
 * BPF code: `$(CLANG) ... -emit-llvm -c x.c -o - | llc -march=bpf`. Their
 * kernel headers hold the host's inline assembly, which -target bpf cannot
 * parse. So LLVM IR without -target is clang's alone, as with clang
 * (docs/build-systems.md, "LLVM IR for llc").
 */
bool compile__host_ir(const struct args *a)
{
	return a->emit_llvm && !a->target;
}

int compile__check_host_ir(const struct args *a)
{
	if (!a->bpfcc_option)
		return 0;
	diag__error("%s needs a BPF compile, but -emit-llvm without -target is LLVM IR "
		    "for the host, as with clang: add -target bpf", a->bpfcc_option);
	return -EINVAL;
}

int compile__run_host_ir(const struct args *a, const char *clang)
{
	struct strvec sv = {};
	size_t i;
	int status;

	strvec__push(&sv, clang);
	for (i = 0; i < a->nitems; i++)
		if (a->items[i].kind != ITEM_BPFCC)
			compile__push_item(&sv, &a->items[i]);
	status = process__run(sv.v, a->opts.verbose);
	status = compile__status(clang, status, a->ninputs == 1 ? args__input(a, 0) : NULL);
	strvec__free(&sv);
	return status;
}
