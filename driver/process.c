// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* process.c - posix_spawn, wait, and signal forwarding. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "common/diag.h"
#include "process.h"

extern char **environ;

/* The running child, for the signal handler; 0 when none. */
static volatile sig_atomic_t process_child;

void process__forward_signal(int sig)
{
	pid_t pid = process_child;

	/*
	 * Let the child finish dying before the caller removes temporary
	 * files, so it cannot create one again after the cleanup.
	 */
	if (pid > 0) {
		kill(pid, sig);
		while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
			;
		process_child = 0;
	}
}

static bool process__shell_safe(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			    "0123456789@%+=:,./_-", *s))
			return false;
	return true;
}

static void process__print_quoted(FILE *f, const char *s)
{
	if (process__shell_safe(s)) {
		fputs(s, f);
		return;
	}
	fputc('\'', f);
	for (; *s; s++) {
		if (*s == '\'')
			fputs("'\\''", f);
		else
			fputc(*s, f);
	}
	fputc('\'', f);
}

void process__print(const char *const *argv)
{
	size_t i;

	for (i = 0; argv[i]; i++) {
		if (i)
			fputc(' ', stderr);
		process__print_quoted(stderr, argv[i]);
	}
	fputc('\n', stderr);
	fflush(stderr);
}

static int process__wait(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR) {
			int err = errno;

			process_child = 0;
			diag__error("waitpid: %s", strerror(err));
			return -err;
		}
	}
	process_child = 0;
	return status;
}

static int process__start(const char *const *argv, posix_spawn_file_actions_t *fa)
{
	static const int forwarded[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	posix_spawnattr_t attr;
	sigset_t block, old;
	pid_t pid;
	size_t i;
	int err;

	/* Flush so the child's output does not overtake ours. */
	fflush(stdout);
	fflush(stderr);

	/*
	 * A signal that arrives after the child exists but before
	 * process_child names it would be forwarded to nobody, leaving the
	 * child running: hold the signals until process_child is set. The
	 * child gets our original mask back.
	 */
	sigemptyset(&block);
	for (i = 0; i < sizeof(forwarded) / sizeof(forwarded[0]); i++)
		sigaddset(&block, forwarded[i]);
	sigprocmask(SIG_BLOCK, &block, &old);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setsigmask(&attr, &old);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
	err = posix_spawn(&pid, argv[0], fa, &attr, (char *const *)argv, environ);
	posix_spawnattr_destroy(&attr);
	if (!err)
		process_child = pid;
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (err) {
		diag__error("cannot run '%s': %s", argv[0], strerror(err));
		return -err;
	}
	return pid;
}

int process__run(const char *const *argv, bool verbose)
{
	int pid;

	if (verbose)
		process__print(argv);
	pid = process__start(argv, NULL);
	if (pid < 0)
		return pid;
	return process__wait(pid);
}

static void process__read_line(int fd, char *buf, size_t size)
{
	size_t len = 0;
	char c;
	ssize_t n;
	bool done = false;

	/* Read everything (so the child never blocks on a full pipe). */
	while ((n = read(fd, &c, 1)) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (c == '\n')
			done = true;
		if (!done && len + 1 < size)
			buf[len++] = c;
	}
	buf[len] = '\0';
}

int process__first_line(const char *const *argv, char *buf, size_t size)
{
	posix_spawn_file_actions_t fa;
	int pipefd[2];
	int pid;

	if (pipe2(pipefd, O_CLOEXEC) < 0) {
		int err = errno;

		diag__error("cannot run '%s': %s", argv[0], strerror(err));
		return -err;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, pipefd[1], STDOUT_FILENO);
	pid = process__start(argv, &fa);
	posix_spawn_file_actions_destroy(&fa);
	close(pipefd[1]);
	if (pid < 0) {
		close(pipefd[0]);
		return pid;
	}
	process__read_line(pipefd[0], buf, size);
	close(pipefd[0]);
	return process__wait(pid);
}
