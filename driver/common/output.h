/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * output.h - write an output file so that a failure never leaves a
 * partial or stale one behind.
 *
 * The content goes to a temporary file in the output's own directory
 * (".<name>.bpfcc-XXXXXX", same file system, so the final rename is
 * atomic); output__commit() renames it over the final path.
 * output__fail() removes the temporary file AND any previous final file,
 * like make's .DELETE_ON_ERROR: an old object next to a failed build
 * would otherwise look up to date.
 *
 * Live temporary files are kept in a registry; on SIGINT, SIGTERM, SIGHUP
 * or SIGQUIT they are unlinked and the signal is re-raised, so the process
 * still dies of it (the caller's shell sees the signal).
 */
#ifndef __BPFCC_OUTPUT_H
#define __BPFCC_OUTPUT_H

struct output {
	const char *path;	/* the final path, as given */
	char *tmp;		/* the temporary file, NULL once gone */
	int slot;		/* registry slot, -1 when not registered */
};

/*
 * Install the signal handlers. @before_cleanup, when not NULL, runs first
 * in the handler (async-signal-safe code only): the driver uses it to stop
 * a child that may still be writing a temporary file.
 */
void output__init(void (*before_cleanup)(int sig));

/*
 * Create the temporary file for @path (mode 0666 & ~umask, like any new
 * file). Returns an open fd on success (the caller closes it), or a
 * negative errno after one error line.
 */
int output__begin(struct output *out, const char *path);

/* Rename the temporary file to the final path. 0 or -errno (reported). */
int output__commit(struct output *out);

/* Remove the temporary file only (an intermediate result). */
void output__discard(struct output *out);

/* Remove the temporary file and any stale final file. */
void output__fail(struct output *out);

#endif /* __BPFCC_OUTPUT_H */
