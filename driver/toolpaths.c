// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* toolpaths.c - find clang, the plugin and the runtime headers. */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/diag.h"
#include "common/path.h"
#include "common/strvec.h"
#include "toolpaths.h"

#ifndef BPFCC_DEFAULT_CLANG
#define BPFCC_DEFAULT_CLANG "/usr/lib/llvm-19/bin/clang"
#endif

static char *toolpaths__exe_dir(void)
{
	char exe[PATH_MAX];

	if (!realpath("/proc/self/exe", exe)) {
		diag__error("cannot find the bpfcc executable (/proc/self/exe): %s",
			    strerror(errno));
		return NULL;
	}
	return path__dirname(exe);
}

static const char *toolpaths__env(const char *name)
{
	const char *v = getenv(name);

	return v && *v ? v : NULL;
}

/* A bare name in $BPFCC_CLANG is looked up in $PATH, like a shell would. */
static char *toolpaths__search_path(const char *name)
{
	const char *p = getenv("PATH");

	if (strchr(name, '/') || !p)
		return xstrdup(name);
	while (*p) {
		size_t len = strcspn(p, ":");
		char *cand = xasprintf("%.*s/%s", (int)len, len ? p : ".", name);

		if (access(cand, X_OK) == 0)
			return cand;
		free(cand);
		p += len;
		if (*p == ':')
			p++;
	}
	return xstrdup(name);
}

/*
 * Canonical path of @cand if it is a file we can use (@mode: X_OK for
 * programs, R_OK for the plugin); NULL with errno set otherwise.
 */
static char *toolpaths__check(const char *cand, int mode, bool want_dir)
{
	char real[PATH_MAX];
	struct stat st;

	if (!realpath(cand, real) || stat(real, &st) < 0)
		return NULL;
	if (want_dir != !!S_ISDIR(st.st_mode)) {
		errno = want_dir ? ENOTDIR : EISDIR;
		return NULL;
	}
	if (access(real, mode) < 0)
		return NULL;
	return xstrdup(real);
}

static int toolpaths__missing(const char *what, const char *path, const char *env)
{
	int err = errno;

	if (env)
		diag__error("%s not found: '%s' (from %s): %s", what, path, env, strerror(err));
	else
		diag__error("%s not found: '%s': %s", what, path, strerror(err));
	return -err;
}

int toolpaths__find_clang(struct toolpaths *tp)
{
	const char *env = toolpaths__env("BPFCC_CLANG");
	char *exe_dir, *cand;
	int err = 0;

	if (env) {
		cand = toolpaths__search_path(env);
	} else {
		exe_dir = toolpaths__exe_dir();
		if (!exe_dir)
			return -ENOENT;
		cand = xasprintf("%s/clang-19", exe_dir);
		free(exe_dir);
		if (access(cand, X_OK) < 0) {
			free(cand);
			cand = xstrdup(BPFCC_DEFAULT_CLANG);
		}
	}
	/* Keep the name as given: clang finds its resources from argv[0]. */
	if (access(cand, X_OK) < 0)
		err = toolpaths__missing("clang", cand, env ? "BPFCC_CLANG" : NULL);
	else
		tp->clang = toolpaths__search_path(cand);
	free(cand);
	return err;
}

static int toolpaths__find_one(char **out, const char *what, const char *env_name,
			       const char *exe_dir, const char *rel, int mode, bool want_dir)
{
	const char *env = toolpaths__env(env_name);
	char *cand = env ? xstrdup(env) : xasprintf("%s/%s", exe_dir, rel);
	int err = 0;

	*out = toolpaths__check(cand, mode, want_dir);
	if (!*out)
		err = toolpaths__missing(what, cand, env ? env_name : NULL);
	free(cand);
	return err;
}

int toolpaths__find(struct toolpaths *tp)
{
	char *exe_dir;
	int err;

	memset(tp, 0, sizeof(*tp));
	err = toolpaths__find_clang(tp);
	if (err)
		return err;
	exe_dir = toolpaths__exe_dir();
	if (!exe_dir)
		return -ENOENT;
	err = toolpaths__find_one(&tp->plugin, "bpfcc plugin", "BPFCC_PLUGIN", exe_dir,
				  "../lib/bpfcc/bpfcc-plugin.so", R_OK, false);
	if (!err)
		err = toolpaths__find_one(&tp->include, "bpfcc runtime headers",
					  "BPFCC_INCLUDE_DIR", exe_dir, "../include",
					  R_OK | X_OK, true);
	free(exe_dir);
	return err;
}

void toolpaths__free(struct toolpaths *tp)
{
	free(tp->clang);
	free(tp->plugin);
	free(tp->include);
	memset(tp, 0, sizeof(*tp));
}
