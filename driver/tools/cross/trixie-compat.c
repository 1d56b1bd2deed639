// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * trixie-compat.c - what Debian 13's static libbpf and libelf (riscv64)
 * call in glibc 2.41 and elfutils 0.192 but Debian 12's riscv64 cross
 * glibc (2.36) lacks. Linked only into the riscv64 static loaders that
 * bpfcc-vmtest --arch riscv64 puts in the VM (docs/kernels.md): Debian 12
 * has no riscv64 port, so these are the only riscv64 libbpf builds there
 * are, and the loaders are linked against 2.36 with ld.lld (binutils 2.40
 * crashes on the 2.41 objects).
 *
 * - __isoc23_*: glibc 2.38's C23 variants, which accept "0b" binary
 *   literals; libbpf and libelf parse decimal and hex kernel text
 *   (/proc, /sys, kconfig), where both variants agree.
 * - eu_search_tree_*: elfutils 0.192 moved libelf's tsearch trees into
 *   lib/eu-search.c, which the static libelf.a does not carry. Without
 *   thread safety (Debian's build: libelf.a references no pthread_rwlock)
 *   the tree is { void *root; int lock; } and init/fini only set up and
 *   destroy the root.
 */
#define _GNU_SOURCE 1
#include <search.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

int __isoc23_sscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsscanf(s, fmt, ap);
	va_end(ap);
	return n;
}

int __isoc23_fscanf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfscanf(f, fmt, ap);
	va_end(ap);
	return n;
}

long __isoc23_strtol(const char *s, char **end, int base)
{
	return strtol(s, end, base);
}

unsigned long long __isoc23_strtoull(const char *s, char **end, int base)
{
	return strtoull(s, end, base);
}

struct eu_search_tree {
	void *root;
	int lock;
};

void eu_search_tree_init(struct eu_search_tree *t)
{
	t->root = NULL;
}

void eu_search_tree_fini(struct eu_search_tree *t, void (*free_node)(void *))
{
	tdestroy(t->root, free_node);
	t->root = NULL;
}
