/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * strvec.h - a growable, NULL-terminated array of strings: the argv that
 * is handed to posix_spawn(). The strings are borrowed, never freed here;
 * strvec__pushf() strings are owned by the vector.
 *
 * Allocation failure is fatal (one error line, exit 1): a driver that ran
 * out of memory building a command line has nothing sensible to continue
 * with.
 */
#ifndef __BPFCC_STRVEC_H
#define __BPFCC_STRVEC_H

#include <stddef.h>

struct strvec {
	const char **v;		/* v[n] == NULL */
	size_t n;
	size_t cap;
	char **owned;		/* strings made by strvec__pushf() */
	size_t nowned;
};

void strvec__push(struct strvec *sv, const char *s);
__attribute__((format(printf, 2, 3)))
void strvec__pushf(struct strvec *sv, const char *fmt, ...);
/* Copy of @s owned by the vector (for strings that do not outlive a call). */
const char *strvec__own(struct strvec *sv, const char *s);
void strvec__free(struct strvec *sv);

/* Never NULL: out of memory is fatal. */
void *xmalloc(size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);
__attribute__((format(printf, 1, 2))) char *xasprintf(const char *fmt, ...);

#endif /* __BPFCC_STRVEC_H */
