// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* strvec.c - growable argv arrays and allocation that cannot fail. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/diag.h"
#include "common/strvec.h"

static void __attribute__((noreturn)) oom(void)
{
	diag__error("out of memory");
	exit(1);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t size)
{
	p = realloc(p, size ? size : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s);

	if (!p)
		oom();
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	return s;
}

void strvec__push(struct strvec *sv, const char *s)
{
	/* Keep room for the terminating NULL. */
	if (sv->n + 2 > sv->cap) {
		sv->cap = sv->cap ? sv->cap * 2 : 16;
		sv->v = xrealloc(sv->v, sv->cap * sizeof(*sv->v));
	}
	sv->v[sv->n++] = s;
	sv->v[sv->n] = NULL;
}

static char *strvec__adopt(struct strvec *sv, char *s)
{
	sv->owned = xrealloc(sv->owned, (sv->nowned + 1) * sizeof(*sv->owned));
	sv->owned[sv->nowned++] = s;
	return s;
}

const char *strvec__own(struct strvec *sv, const char *s)
{
	return strvec__adopt(sv, xstrdup(s));
}

void strvec__pushf(struct strvec *sv, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	strvec__push(sv, strvec__adopt(sv, s));
}

void strvec__free(struct strvec *sv)
{
	size_t i;

	for (i = 0; i < sv->nowned; i++)
		free(sv->owned[i]);
	free(sv->owned);
	free(sv->v);
	memset(sv, 0, sizeof(*sv));
}
