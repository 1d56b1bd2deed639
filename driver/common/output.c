// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* output.c - temporary output files, renamed on success, removed on failure. */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/diag.h"
#include "common/output.h"
#include "common/path.h"
#include "common/strvec.h"

/*
 * The registry is read from a signal handler, so it is a fixed array of
 * fixed buffers (no malloc'ed pointers that may be half-updated), and it
 * is only changed with the handled signals blocked.
 */
#define OUTPUT_MAX_LIVE 16

static struct {
	volatile sig_atomic_t used;
	char path[PATH_MAX];
} output_live[OUTPUT_MAX_LIVE];

static const int output_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
static void (*output_before_cleanup)(int sig);

static void output__block(sigset_t *old)
{
	sigset_t set;
	size_t i;

	sigemptyset(&set);
	for (i = 0; i < sizeof(output_signals) / sizeof(output_signals[0]); i++)
		sigaddset(&set, output_signals[i]);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void output__on_signal(int sig)
{
	int saved = errno;
	size_t i;

	if (output_before_cleanup)
		output_before_cleanup(sig);
	for (i = 0; i < OUTPUT_MAX_LIVE; i++)
		if (output_live[i].used)
			unlink(output_live[i].path);
	/* Die of the same signal once the handler returns. */
	signal(sig, SIG_DFL);
	raise(sig);
	errno = saved;
}

void output__init(void (*before_cleanup)(int sig))
{
	struct sigaction sa = { .sa_handler = output__on_signal };
	size_t i;

	output_before_cleanup = before_cleanup;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(output_signals) / sizeof(output_signals[0]); i++)
		sigaddset(&sa.sa_mask, output_signals[i]);
	for (i = 0; i < sizeof(output_signals) / sizeof(output_signals[0]); i++) {
		struct sigaction old;

		/* A signal ignored by our parent (nohup) stays ignored. */
		if (sigaction(output_signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(output_signals[i], &sa, NULL);
	}
}

static int output__register(const char *tmp)
{
	sigset_t old;
	int slot = -1;
	int i;

	if (strlen(tmp) >= PATH_MAX)
		return -1;
	output__block(&old);
	for (i = 0; i < OUTPUT_MAX_LIVE; i++) {
		if (!output_live[i].used) {
			strcpy(output_live[i].path, tmp);
			output_live[i].used = 1;
			slot = i;
			break;
		}
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	return slot;
}

static void output__unregister(struct output *out)
{
	sigset_t old;

	if (out->slot < 0)
		return;
	output__block(&old);
	output_live[out->slot].used = 0;
	sigprocmask(SIG_SETMASK, &old, NULL);
	out->slot = -1;
}

/* ".<name>.bpfcc-XXXXXX" beside @path, the name cut to fit NAME_MAX. */
static char *output__tmp_template(const char *path)
{
	static const char suffix[] = ".bpfcc-XXXXXX";
	const char *base = path__basename(path);
	int room = NAME_MAX - 1 - (int)(sizeof(suffix) - 1);
	char *dir = path__dirname(path);
	char *tmpl;

	tmpl = xasprintf("%s/.%.*s%s", dir, room, base, suffix);
	free(dir);
	return tmpl;
}

static mode_t output__umask(void)
{
	mode_t mask = umask(0);

	umask(mask);
	return mask;
}

int output__begin(struct output *out, const char *path)
{
	sigset_t old;
	char *dir;
	int fd, err;

	out->path = path;
	out->slot = -1;
	out->tmp = output__tmp_template(path);
	/*
	 * Signals wait until the file is registered: one arriving between
	 * mkstemp() and output__register() would leave the file behind.
	 */
	output__block(&old);
	fd = mkstemp(out->tmp);
	err = errno;
	if (fd >= 0)
		out->slot = output__register(out->tmp);
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (fd < 0) {
		dir = path__dirname(path);
		diag__error("cannot write '%s': cannot create a file in '%s': %s",
			    path, dir, strerror(err));
		free(dir);
		free(out->tmp);
		out->tmp = NULL;
		return -err;
	}
	if (out->slot < 0) {
		/* Not expected: a handful of outputs are live at a time. */
		diag__error("cannot write '%s': too many temporary files", path);
		close(fd);
		output__discard(out);
		return -EMFILE;
	}
	/* mkstemp() makes 0600; an output is an ordinary new file. */
	fchmod(fd, 0666 & ~output__umask());
	return fd;
}

int output__commit(struct output *out)
{
	int err;

	if (rename(out->tmp, out->path) < 0) {
		err = errno;
		diag__error("cannot write '%s': %s", out->path, strerror(err));
		output__fail(out);
		return -err;
	}
	output__unregister(out);
	free(out->tmp);
	out->tmp = NULL;
	return 0;
}

void output__discard(struct output *out)
{
	if (!out->tmp)
		return;
	unlink(out->tmp);
	output__unregister(out);
	free(out->tmp);
	out->tmp = NULL;
}

void output__fail(struct output *out)
{
	struct stat st;

	output__discard(out);
	/* Never unlink a device or a directory someone named as output. */
	if (out->path && lstat(out->path, &st) == 0 && S_ISREG(st.st_mode))
		unlink(out->path);
}
