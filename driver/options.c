// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* options.c - the table of bpfcc's own options, their checks and --help. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/diag.h"
#include "common/strvec.h"
#include "kver.h"
#include "options.h"

static const struct option_def options[] = {
	{ OPT_TARGET_KERNEL, "--target-kernel", "X.Y", OPT_PLUGIN | OPT_PASSES | OPT_DRIVER,
	  "target-kernel",
	  "oldest kernel the object must load on (4.18 or newer)" },
	{ OPT_TARGET_BTF, "--target-btf", "FILE", OPT_PLUGIN | OPT_PASSES, "target-btf",
	  "kernel BTF to check against (default: /sys/kernel/btf/vmlinux)" },
	{ OPT_NO_ARG_CTX, "--bpfcc-no-arg-ctx", NULL, OPT_PLUGIN, "no-arg-ctx",
	  "do not infer arg:ctx for global subprogram arguments" },
	{ OPT_NO_LOWER_ARG_CTX, "--bpfcc-no-lower-arg-ctx", NULL, OPT_PLUGIN | OPT_PASSES,
	  "no-lower-arg-ctx",
	  "keep arg:ctx tags as they are for kernels older than 6.8" },
	{ OPT_NO_LOWER_BTF, "--bpfcc-no-lower-btf", NULL, OPT_PASSES, NULL,
	  "do not rewrite BTF kinds the target kernel does not know" },
	{ OPT_VERBOSE, "--bpfcc-verbose", NULL, OPT_DRIVER, NULL,
	  "print each command bpfcc runs (shell-quoted, on stderr) and run it" },
	{ OPT_NO_PROTO_CHECK, "--bpfcc-no-proto-check", NULL, OPT_PLUGIN, "no-proto-check",
	  "do not check tracing program arguments against kernel BTF" },
	{ OPT_GEN_CTX, "--bpfcc-gen-ctx", NULL, OPT_DRIVER, NULL,
	  "print named context structs [HOOK...] as a C header, compile nothing" },
	{ OPT_NO_SYSCALL_REGS, "--bpfcc-no-syscall-regs", NULL, OPT_PLUGIN | OPT_DRIVER,
	  "no-syscall-regs",
	  "keep libbpf's own syscall-argument macros (arm64, s390, riscv; x86: no sixth argument)" },
	{ OPT_NO_FOLD_SYSCALL_WRAPPER, "--bpfcc-no-fold-syscall-wrapper", NULL, OPT_PLUGIN,
	  "no-fold-syscall-wrapper",
	  "keep the LINUX_HAS_SYSCALL_WRAPPER kconfig extern with --target-kernel" },
	{ OPT_NO_AVAILABILITY, "--bpfcc-no-availability", NULL, OPT_PLUGIN, "no-availability",
	  "no errors for helpers, kfuncs, program/map types the target kernel lacks" },
	{ OPT_NO_AUTO_CORE, "--bpfcc-no-auto-core", NULL, OPT_PLUGIN, "no-auto-core",
	  "keep loads through kernel pointers in kprobe/tracepoint/raw_tp/... programs as written" },
	{ OPT_NO_MULTIARCH_INCLUDE, "--bpfcc-no-multiarch-include", NULL, OPT_DRIVER, NULL,
	  "do not search /usr/include/<multiarch> after the system include directories" },
};

#define NR_OPTIONS (sizeof(options) / sizeof(options[0]))

static char *options__check_kernel(const char *value)
{
	unsigned int kver;

	if (kver__parse(value, &kver) < 0) {
		diag__error("invalid --target-kernel value '%s': expected a kernel version "
			    "X.Y from %s to %s, e.g. --target-kernel=6.1",
			    value, KVER_MIN_STR, KVER_MAX_STR);
		return NULL;
	}
	return xstrdup(value);
}

/* The file must be readable now; clang and the passes get its absolute path. */
static char *options__check_btf(const char *value)
{
	char real[PATH_MAX];
	struct stat st;
	int fd;

	fd = open(value, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) < 0 || !realpath(value, real)) {
		diag__error("cannot read --target-btf file '%s': %s", value, strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	close(fd);
	if (S_ISDIR(st.st_mode)) {
		diag__error("cannot read --target-btf file '%s': %s", value, strerror(EISDIR));
		return NULL;
	}
	return xstrdup(real);
}

static char *options__check(const struct option_def *def, const char *value)
{
	switch (def->id) {
	case OPT_TARGET_KERNEL:
		return options__check_kernel(value);
	case OPT_TARGET_BTF:
		return options__check_btf(value);
	default:
		return xstrdup(value);
	}
}

static const struct option_def *options__find(const char *arg, const char **value)
{
	size_t i, len;

	for (i = 0; i < NR_OPTIONS; i++) {
		len = strlen(options[i].name);
		if (strncmp(arg, options[i].name, len))
			continue;
		if (arg[len] == '\0') {
			*value = NULL;
			return &options[i];
		}
		if (arg[len] == '=') {
			*value = arg + len + 1;
			return &options[i];
		}
	}
	return NULL;
}

static bool options__is_ours(const char *arg)
{
	return !strncmp(arg, "--bpfcc-", 8) || !strncmp(arg, "--target-kernel", 15) ||
	       !strncmp(arg, "--target-btf", 12);
}

const struct option_def *options__parse(int argc, char **argv, int *i, char **value,
					char **plugin_arg, int *err)
{
	const char *arg = argv[*i];
	const struct option_def *def;
	const char *v;

	*value = NULL;
	*plugin_arg = NULL;
	*err = 0;
	if (!options__is_ours(arg))
		return NULL;
	def = options__find(arg, &v);
	if (!def) {
		diag__error("unknown option '%s' (see bpfcc --help)", arg);
		*err = -EINVAL;
		return NULL;
	}
	if (!def->value_name && v) {
		diag__error("option '%s' takes no value", def->name);
		*err = -EINVAL;
		return NULL;
	}
	if (def->value_name && !v) {
		if (*i + 1 >= argc) {
			diag__error("option '%s' needs a value: %s=%s", def->name, def->name,
				    def->value_name);
			*err = -EINVAL;
			return NULL;
		}
		v = argv[++*i];
	}
	if (v) {
		*value = options__check(def, v);
		if (!*value) {
			*err = -EINVAL;
			return NULL;
		}
	}
	if (def->dest & OPT_PLUGIN)
		*plugin_arg = *value ? xasprintf("-fplugin-arg-bpfcc-%s=%s", def->plugin_arg, *value)
				     : xasprintf("-fplugin-arg-bpfcc-%s", def->plugin_arg);
	return def;
}

void options__store(const struct option_def *def, const char *value, struct driver_opts *o)
{
	switch (def->id) {
	case OPT_TARGET_KERNEL:
		kver__parse(value, &o->target_kver);
		o->passes.target_kver = o->target_kver;
		break;
	case OPT_TARGET_BTF:
		o->passes.target_btf = value;
		break;
	case OPT_NO_ARG_CTX:
		break;
	case OPT_NO_LOWER_ARG_CTX:
		o->passes.no_lower_arg_ctx = true;
		break;
	case OPT_NO_LOWER_BTF:
		o->passes.no_lower_btf = true;
		break;
	case OPT_VERBOSE:
		o->verbose = true;
		break;
	case OPT_NO_PROTO_CHECK:
		break;
	case OPT_GEN_CTX:
		o->gen_ctx = true;
		break;
	case OPT_NO_SYSCALL_REGS:
		o->no_syscall_regs = true;
		break;
	case OPT_NO_MULTIARCH_INCLUDE:
		o->no_multiarch_include = true;
		break;
	case OPT_NO_FOLD_SYSCALL_WRAPPER:
	case OPT_NO_AVAILABILITY:
	case OPT_NO_AUTO_CORE:
		break;
	}
}

void options__print_help(void)
{
	char lhs[64];
	size_t i;

	for (i = 0; i < NR_OPTIONS; i++) {
		if (options[i].value_name)
			snprintf(lhs, sizeof(lhs), "%s=%s", options[i].name, options[i].value_name);
		else
			snprintf(lhs, sizeof(lhs), "%s", options[i].name);
		printf("  %-28s %s\n", lhs, options[i].help);
	}
}
