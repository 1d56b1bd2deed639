// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* passes.c - the order of the post-processing passes (none yet). */
#include <errno.h>

#include "common/diag.h"
#include "passes/passes.h"

bool passes__needed(const struct passes_opts *opts)
{
	return false;
}

int passes__run(const struct passes_opts *opts, const char *in_path, const char *out_path)
{
	diag__error("%s: post-processing is not implemented yet", in_path);
	return -ENOSYS;
}
