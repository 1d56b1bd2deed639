/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * process.h - run a program with an argv array (posix_spawn, no shell) and
 * wait for it. One child at a time; a SIGINT/SIGTERM that bpfcc receives
 * meanwhile is forwarded to it (process__forward_signal, called by the
 * output module's signal handler before it removes temporary files).
 */
#ifndef __BPFCC_PROCESS_H
#define __BPFCC_PROCESS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Run @argv (argv[0] is an absolute path) and wait. Returns the wait
 * status (see waitpid), or a negative errno after one error line when the
 * program could not be started. @verbose prints the command first.
 */
int process__run(const char *const *argv, bool verbose);

/*
 * Run @argv with stdout captured; store its first line (no newline) in
 * @buf. Returns the wait status or a negative errno (reported).
 */
int process__first_line(const char *const *argv, char *buf, size_t size);

/* Signal-handler hook: pass @sig on to the running child and reap it. */
void process__forward_signal(int sig);

/* Print @argv on one line to stderr, quoted for a POSIX shell. */
void process__print(const char *const *argv);

#endif /* __BPFCC_PROCESS_H */
