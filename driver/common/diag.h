/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * diag.h - one way to report problems, for the driver, the passes and the
 * tools. Every message is one line on stderr, clang-style:
 *
 *   bpfcc: error: foo.o: .BTF.ext: func_info record size 0 (offset 24)
 *
 * The program name is set once in main(). Library code (obj/, passes/)
 * reports through these functions and returns a negative errno; it never
 * exits.
 */
#ifndef __BPFCC_DIAG_H
#define __BPFCC_DIAG_H

#include <stdarg.h>

void diag__set_prog(const char *prog);
const char *diag__prog(void);

__attribute__((format(printf, 1, 2))) void diag__error(const char *fmt, ...);
__attribute__((format(printf, 1, 2))) void diag__warning(const char *fmt, ...);
__attribute__((format(printf, 1, 2))) void diag__note(const char *fmt, ...);
/* -R style remark: printed only when remarks are enabled. */
__attribute__((format(printf, 1, 2))) void diag__remark(const char *fmt, ...);
void diag__enable_remarks(int on);
/*
 * A remark at a source location ("prog.c:12:5"), clang-style:
 * "prog.c:12:5: remark: ..."; without one (@loc NULL) as diag__remark().
 */
__attribute__((format(printf, 2, 3))) void diag__remark_at(const char *loc, const char *fmt,
							    ...);

/* Number of errors reported so far. */
int diag__error_count(void);

#endif /* __BPFCC_DIAG_H */
