// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* diag.c - one-line, clang-style diagnostics on stderr. */
#include <stdio.h>

#include "common/diag.h"

static const char *diag_prog = "bpfcc";
static int diag_errors;
static int diag_remarks;

void diag__set_prog(const char *prog)
{
	diag_prog = prog;
}

const char *diag__prog(void)
{
	return diag_prog;
}

static void diag_vprint(const char *level, const char *fmt, va_list ap)
{
	/* Build the line first so concurrent writers don't interleave. */
	char line[4096];
	int n;

	n = snprintf(line, sizeof(line), "%s: %s: ", diag_prog, level);
	if (n < 0 || (size_t)n >= sizeof(line))
		return;
	vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	fprintf(stderr, "%s\n", line);
}

void diag__error(const char *fmt, ...)
{
	va_list ap;

	diag_errors++;
	va_start(ap, fmt);
	diag_vprint("error", fmt, ap);
	va_end(ap);
}

void diag__warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vprint("warning", fmt, ap);
	va_end(ap);
}

void diag__note(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vprint("note", fmt, ap);
	va_end(ap);
}

void diag__enable_remarks(int on)
{
	diag_remarks = on;
}

void diag__remark(const char *fmt, ...)
{
	va_list ap;

	if (!diag_remarks)
		return;
	va_start(ap, fmt);
	diag_vprint("remark", fmt, ap);
	va_end(ap);
}

void diag__remark_at(const char *loc, const char *fmt, ...)
{
	char line[4096];
	va_list ap;
	int n;

	if (!diag_remarks)
		return;
	if (!loc) {
		va_start(ap, fmt);
		diag_vprint("remark", fmt, ap);
		va_end(ap);
		return;
	}
	n = snprintf(line, sizeof(line), "%s: remark: ", loc);
	if (n < 0 || (size_t)n >= sizeof(line))
		return;
	va_start(ap, fmt);
	vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s\n", line);
}

int diag__error_count(void)
{
	return diag_errors;
}
