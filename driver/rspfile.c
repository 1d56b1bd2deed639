// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* rspfile.c - "@file" response file expansion (GNU quoting). */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/diag.h"
#include "common/path.h"
#include "common/strvec.h"
#include "rspfile.h"

/* clang stops at a depth too; a file including itself must not loop. */
#define RSPFILE_MAX_DEPTH 16

struct arglist {
	char **v;
	int n;
};

static void arglist__push(struct arglist *l, char *s)
{
	l->v = xrealloc(l->v, (l->n + 2) * sizeof(*l->v));
	l->v[l->n++] = s;
	l->v[l->n] = NULL;
}

static char *rspfile__read(const char *path)
{
	FILE *f = fopen(path, "re");
	char *buf = NULL;
	size_t len = 0, n;
	char chunk[4096];

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf = xrealloc(buf, len + n + 1);
		memcpy(buf + len, chunk, n);
		len += n;
	}
	fclose(f);
	if (!buf)
		buf = xstrdup("");
	buf[len] = '\0';
	return buf;
}

static bool rspfile__blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Split @text into arguments: GNU quoting. */
static void rspfile__tokenize(const char *text, struct arglist *out)
{
	size_t cap = strlen(text) + 1;
	const char *p = text;

	while (*p) {
		char *tok, quote = 0;
		size_t len = 0;

		while (rspfile__blank(*p))
			p++;
		if (!*p)
			break;
		tok = xmalloc(cap);
		for (; *p && (quote || !rspfile__blank(*p)); p++) {
			if (*p == '\\' && p[1]) {
				tok[len++] = *++p;
			} else if (quote && *p == quote) {
				quote = 0;
			} else if (!quote && (*p == '\'' || *p == '"')) {
				quote = *p;
			} else {
				tok[len++] = *p;
			}
		}
		tok[len] = '\0';
		arglist__push(out, tok);
	}
}

static int rspfile__expand_into(struct arglist *out, char *const *args, int n,
				const char *base_dir, int depth);

/* Expand one "@name" argument into @out. */
static int rspfile__expand_one(struct arglist *out, const char *arg, const char *base_dir,
			       int depth)
{
	struct arglist toks = {};
	char *path, *text, *dir;
	int err;

	path = base_dir && arg[1] != '/' ? xasprintf("%s/%s", base_dir, arg + 1)
					 : xstrdup(arg + 1);
	text = rspfile__read(path);
	if (!text) {
		/* Not a response file: clang will see "@name" as it is. */
		arglist__push(out, xstrdup(arg));
		free(path);
		return 0;
	}
	if (depth >= RSPFILE_MAX_DEPTH) {
		diag__error("response file '%s' nested more than %d deep", path,
			    RSPFILE_MAX_DEPTH);
		free(text);
		free(path);
		return -ELOOP;
	}
	rspfile__tokenize(text, &toks);
	dir = path__dirname(path);
	err = rspfile__expand_into(out, toks.v, toks.n, dir, depth + 1);
	free(dir);
	free(text);
	free(path);
	/* @out holds copies. */
	while (toks.n)
		free(toks.v[--toks.n]);
	free(toks.v);
	return err;
}

static int rspfile__expand_into(struct arglist *out, char *const *args, int n,
				const char *base_dir, int depth)
{
	int i, err;

	for (i = 0; i < n; i++) {
		if (args[i][0] != '@' || !args[i][1]) {
			arglist__push(out, xstrdup(args[i]));
			continue;
		}
		err = rspfile__expand_one(out, args[i], base_dir, depth);
		if (err)
			return err;
	}
	return 0;
}

int rspfile__expand(int *argc, char ***argv)
{
	/*
	 * The expanded list replaces main()'s argv and lives as long as it:
	 * static, so that it stays reachable (leak checkers agree).
	 */
	static struct arglist out;
	bool any = false;
	int i, err;

	for (i = 1; i < *argc; i++)
		any |= (*argv)[i][0] == '@';
	if (!any)
		return 0;
	arglist__push(&out, (*argv)[0]);
	err = rspfile__expand_into(&out, *argv + 1, *argc - 1, NULL, 0);
	if (err)
		return err;
	*argc = out.n;
	*argv = out.v;
	return 0;
}
