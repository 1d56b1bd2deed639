// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* multiarch.c - the multiarch include directory a BPF compile searches. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common/strvec.h"
#include "multiarch.h"

/*
 * The build machine's Debian multiarch tuple (CMake's
 * CMAKE_LIBRARY_ARCHITECTURE): bpfcc runs where it was built, and the
 * headers it looks for belong to that machine's libc and kernel headers.
 */
#ifndef BPFCC_MULTIARCH
#define BPFCC_MULTIARCH ""
#endif

/* bpf, bpfel, bpfeb, and their triples (bpf-pc-linux); no -target: bpfcc's bpf. */
static bool multiarch__bpf_target(const char *target)
{
	return !target || !strncmp(target, "bpf", 3);
}

char *multiarch__include_dir(const struct args *a)
{
	const char *sysroot = a->isysroot ? a->isysroot : a->sysroot;
	struct stat st;
	size_t len;
	char *dir;

	/*
	 * A host target searches it already; -nostdinc/-nostdlibinc drop the
	 * system directories it belongs with (kernel builds).
	 */
	if (a->opts.no_multiarch_include || !multiarch__bpf_target(a->target) ||
	    a->nostdlibinc || !BPFCC_MULTIARCH[0])
		return NULL;
	/* clang prefixes /usr/include with the sysroot: so does bpfcc. */
	if (!sysroot)
		sysroot = "";
	len = strlen(sysroot);
	while (len && sysroot[len - 1] == '/')
		len--;
	dir = xasprintf("%.*s/usr/include/%s", (int)len, sysroot, BPFCC_MULTIARCH);
	if (stat(dir, &st) || !S_ISDIR(st.st_mode)) {
		free(dir);
		return NULL;
	}
	return dir;
}
