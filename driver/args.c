// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* args.c - split a clang command line into what bpfcc must look at. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "common/diag.h"
#include "common/strvec.h"

/*
 * clang options whose value is the NEXT argument when written alone
 * ("-I dir", "-Xclang -foo"). The value must not be mistaken for an input
 * nor for an option of ours, so it travels with its option. Options that
 * only take joined values ("-std=c11") need no entry.
 */
static const char *const separate_value_opts[] = {
	"-A", "-B", "-D", "-F", "-I", "-L", "-MF", "-MJ", "-MQ", "-MT", "-T", "-U",
	"-Xanalyzer", "-Xassembler", "-Xclang", "-Xlinker", "-Xopenmp-target",
	"-Xpreprocessor", "-arch", "-cxx-isystem", "-dependency-dot",
	"-dependency-file", "-e", "-idirafter", "-iframework",
	"-iframeworkwithsysroot", "-imacros", "-include", "-include-pch", "-iprefix",
	"-iquote", "-isysroot", "-isystem", "-isystem-after", "-ivfsoverlay",
	"-iwithprefix", "-iwithprefixbefore", "-iwithsysroot", "-l", "-mllvm",
	"-o", "-resource-dir", "-serialize-diagnostics", "-target", "-u",
	"-working-directory", "-x", "-z", "--sysroot", "--output", "--language",
	"--include-directory", "--define-macro", "--undefine-macro", "--param",
	"--include", "--system-header-prefix", "--serialize-diagnostics",
	"--config",
};

/* bpfcc's plugin diagnostics: clang itself would call these unknown. */
static const char *const plugin_diag_prefixes[] = {
	"-Wbpfcc", "-Wno-bpfcc", "-Werror=bpfcc", "-Wno-error=bpfcc", "-Rbpfcc", "-Rno-bpfcc",
};

static bool args__takes_separate_value(const char *arg)
{
	size_t i;

	for (i = 0; i < sizeof(separate_value_opts) / sizeof(separate_value_opts[0]); i++)
		if (!strcmp(arg, separate_value_opts[i]))
			return true;
	return false;
}

static bool args__is_plugin_diag(const char *arg)
{
	size_t i, len;

	for (i = 0; i < sizeof(plugin_diag_prefixes) / sizeof(plugin_diag_prefixes[0]); i++) {
		len = strlen(plugin_diag_prefixes[i]);
		if (!strncmp(arg, plugin_diag_prefixes[i], len) &&
		    (arg[len] == '\0' || arg[len] == '-'))
			return true;
	}
	return false;
}

/*
 * -R[no-]bpfcc-lower-btf belongs to the post-processor alone;
 * -R[no-]bpfcc-arg-ctx to the plugin (inference) and the post-processor
 * (lowering). The last one given wins, as in clang.
 */
static bool args__is_pass_only_remark(const char *arg)
{
	return !strcmp(arg, "-Rbpfcc-lower-btf") || !strcmp(arg, "-Rno-bpfcc-lower-btf");
}

static void args__pass_remark(struct args *a, const char *arg)
{
	struct passes_opts *p = &a->opts.passes;

	if (!strcmp(arg, "-Rbpfcc-lower-btf") || !strcmp(arg, "-Rno-bpfcc-lower-btf"))
		p->remark_lower_btf = arg[2] != 'n';
	else if (!strcmp(arg, "-Rbpfcc-arg-ctx") || !strcmp(arg, "-Rno-bpfcc-arg-ctx"))
		p->remark_arg_ctx = arg[2] != 'n';
	p->remarks = p->remark_lower_btf || p->remark_arg_ctx;
}

static struct item *args__add(struct args *a, enum item_kind kind, const char *s0,
			      const char *s1, const char *value)
{
	struct item *it;

	a->items = xrealloc(a->items, (a->nitems + 1) * sizeof(*a->items));
	it = &a->items[a->nitems++];
	*it = (struct item){ .kind = kind, .s = { s0, s1 }, .value = value };
	return it;
}

/*
 * The phases order as clang resolves them: -E beats -fsyntax-only beats
 * -S beats -c, whatever their order on the command line.
 */
static int args__phase_rank(enum phase p)
{
	static const int rank[] = {
		[PHASE_LINK] = 0, [PHASE_OBJECT] = 1, [PHASE_ASM] = 2,
		[PHASE_SYNTAX] = 3, [PHASE_PREPROCESS] = 4,
	};

	return rank[p];
}

static void args__set_phase(struct args *a, enum phase p)
{
	if (args__phase_rank(p) > args__phase_rank(a->phase))
		a->phase = p;
}

/* Note what the driver needs to know about a forwarded option. */
static void args__note(struct args *a, const char *opt, const char *value)
{
	if (!strcmp(opt, "-c"))
		args__set_phase(a, PHASE_OBJECT);
	else if (!strcmp(opt, "-S"))
		args__set_phase(a, PHASE_ASM);
	else if (!strcmp(opt, "-fsyntax-only"))
		args__set_phase(a, PHASE_SYNTAX);
	else if (!strcmp(opt, "-E"))
		args__set_phase(a, PHASE_PREPROCESS);
	else if (!strcmp(opt, "-M") || !strcmp(opt, "-MM"))
		a->deps_only = true;	/* and implies -E, see args__parse() */
	else if (!strcmp(opt, "-MD") || !strcmp(opt, "-MMD"))
		a->deps_file = true;
	else if (!strncmp(opt, "-MF", 3))
		a->has_mf = true;
	else if (!strncmp(opt, "-MT", 3) || !strncmp(opt, "-MQ", 3))
		a->has_mt = true;
	else if (!strcmp(opt, "-emit-llvm"))
		a->emit_llvm = true;
	else if (!strcmp(opt, "-###"))
		a->dry_run = true;
	else if (!strcmp(opt, "-target"))
		a->target = value;
	else if (!strncmp(opt, "--target=", 9))
		a->target = opt + 9;
	else if (!strncmp(opt, "-mcpu=", 6))
		a->mcpu = opt + 6;
	else if (!strcmp(opt, "--sysroot"))
		a->sysroot = value;
	else if (!strncmp(opt, "--sysroot=", 10))
		a->sysroot = opt + 10;
	else if (!strcmp(opt, "-isysroot"))
		a->isysroot = value;
	else if (!strncmp(opt, "-isysroot", 9))
		a->isysroot = opt + 9;
	else if (!strcmp(opt, "-nostdinc") || !strcmp(opt, "--no-standard-includes") ||
		 !strcmp(opt, "-nostdlibinc"))
		a->nostdlibinc = true;
	else if (!strncmp(opt, "-D", 2)) {
		/* libbpf's bpf_tracing.h is told the kernel's arch this way. */
		const char *def = opt[2] ? opt + 2 : value;

		if (def && !strncmp(def, "__TARGET_ARCH_", 14))
			a->target_arch = def + 14;
	}
}

static int args__bpfcc_option(struct args *a, int argc, char **argv, int *i)
{
	const struct option_def *def;
	char *value, *plugin_arg;
	int err;

	def = options__parse(argc, argv, i, &value, &plugin_arg, &err);
	if (!def)
		return err ? err : 1;
	/*
	 * Only --target-btf's value outlives this call: opts.passes.target_btf
	 * points to it (the last one given wins) until args__free().
	 */
	if (def->id == OPT_TARGET_BTF)
		free((char *)a->opts.passes.target_btf);
	options__store(def, value, &a->opts);
	if (def->id != OPT_TARGET_BTF)
		free(value);
	if (def->id != OPT_VERBOSE && !a->bpfcc_option)
		a->bpfcc_option = def->name;
	args__add(a, ITEM_BPFCC, argv[*i], NULL, plugin_arg);
	return 0;
}

static void args__add_input(struct args *a, const char *path, const char *lang)
{
	struct item *it = args__add(a, ITEM_INPUT, path, NULL, path);

	it->lang = lang;
	a->ninputs++;
}

int args__parse(struct args *a, int argc, char **argv)
{
	const char *lang = NULL;
	bool only_inputs = false;
	int i, err;

	memset(a, 0, sizeof(*a));
	for (i = 1; i < argc; i++) {
		const char *arg = argv[i];

		if (only_inputs || arg[0] != '-' || !strcmp(arg, "-")) {
			args__add_input(a, arg, lang);
			continue;
		}
		if (!strcmp(arg, "--")) {
			only_inputs = true;
			args__add(a, ITEM_ARG, arg, NULL, NULL);
			continue;
		}
		if (!strcmp(arg, "--help")) {
			a->help = true;
			continue;
		}
		if (!strcmp(arg, "--version")) {
			a->version = true;
			continue;
		}
		err = args__bpfcc_option(a, argc, argv, &i);
		if (err <= 0) {
			if (err < 0)
				return err;
			continue;
		}
		if (args__is_plugin_diag(arg)) {
			args__pass_remark(a, arg);
			if (!a->bpfcc_option)
				a->bpfcc_option = arg;
			/* The post-processor's own remarks: clang never sees them. */
			if (args__is_pass_only_remark(arg)) {
				args__add(a, ITEM_BPFCC, arg, NULL, NULL);
				continue;
			}
			args__add(a, ITEM_BPFCC, arg, NULL,
				  xasprintf("-fplugin-arg-bpfcc-%s", arg + 1));
			continue;
		}
		if (args__takes_separate_value(arg)) {
			if (i + 1 >= argc) {
				/* Let clang say what is missing, as it always has. */
				args__add(a, ITEM_ARG, arg, NULL, NULL);
				continue;
			}
			i++;
			if (!strcmp(arg, "-o") || !strcmp(arg, "--output")) {
				a->output = argv[i];
				args__add(a, ITEM_OUTPUT, arg, argv[i], argv[i]);
			} else if (!strcmp(arg, "-x") || !strcmp(arg, "--language")) {
				lang = strcmp(argv[i], "none") ? argv[i] : NULL;
				args__add(a, ITEM_LANG, arg, argv[i], argv[i]);
			} else {
				args__note(a, arg, argv[i]);
				args__add(a, ITEM_ARG, arg, argv[i], NULL);
			}
			continue;
		}
		/* -oFILE, but not ObjC's -objcmt-... */
		if ((!strncmp(arg, "-o", 2) && strncmp(arg, "-obj", 4)) ||
		    !strncmp(arg, "--output=", 9)) {
			a->output = arg[1] == 'o' ? arg + 2 : arg + 9;
			args__add(a, ITEM_OUTPUT, arg, NULL, a->output);
			continue;
		}
		if (!strncmp(arg, "-x", 2) || !strncmp(arg, "--language=", 11)) {
			const char *l = arg[1] == 'x' ? arg + 2 : arg + 11;

			lang = strcmp(l, "none") ? l : NULL;
			args__add(a, ITEM_LANG, arg, NULL, l);
			continue;
		}
		args__note(a, arg, NULL);
		args__add(a, ITEM_ARG, arg, NULL, NULL);
	}
	if (a->deps_only)
		args__set_phase(a, PHASE_PREPROCESS);
	return 0;
}

const struct item *args__input(const struct args *a, size_t index)
{
	size_t i;

	for (i = 0; i < a->nitems; i++)
		if (a->items[i].kind == ITEM_INPUT && index-- == 0)
			return &a->items[i];
	return NULL;
}

void args__free(struct args *a)
{
	size_t i;

	for (i = 0; i < a->nitems; i++)
		if (a->items[i].kind == ITEM_BPFCC)
			free((char *)a->items[i].value);
	free(a->items);
	free((char *)a->opts.passes.target_btf);
	a->opts.passes.target_btf = NULL;
	a->items = NULL;
	a->nitems = 0;
}
