/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * fuzz_common.h - what every bpfcc libFuzzer harness shares.
 *
 * The object library reads objects by path (elf_obj__open()), as the driver
 * and the tools do, so a harness puts its input into a memfd and passes
 * "/proc/self/fd/N": no file system traffic, nothing left behind.
 *
 * Besides what ASan and UBSan catch, the harnesses check bpfcc's promise
 * for bad input: exactly one error line per failure, none on success
 * (diag__error_count()).
 */
#ifndef __BPFCC_FUZZ_COMMON_H
#define __BPFCC_FUZZ_COMMON_H

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "common/diag.h"

struct fuzz_file {
	int fd;
	char path[64];
};

static inline void fuzz_file_open(struct fuzz_file *f, const char *name)
{
	f->fd = memfd_create(name, MFD_CLOEXEC);
	if (f->fd < 0) {
		perror("memfd_create");
		abort();
	}
	snprintf(f->path, sizeof(f->path), "/proc/self/fd/%d", f->fd);
}

/* Replace the file's bytes with @data. */
static inline void fuzz_file_set(struct fuzz_file *f, const void *data, size_t size)
{
	const uint8_t *p = data;

	if (ftruncate(f->fd, 0) || lseek(f->fd, 0, SEEK_SET) < 0)
		abort();
	while (size) {
		ssize_t n = write(f->fd, p, size);

		if (n <= 0)
			abort();
		p += n;
		size -= (size_t)n;
	}
}

/* The file's bytes, malloc'ed; *sizep gets their count. */
static inline uint8_t *fuzz_file_get(struct fuzz_file *f, size_t *sizep)
{
	off_t end = lseek(f->fd, 0, SEEK_END);
	uint8_t *buf;

	if (end < 0 || pread(f->fd, (buf = malloc((size_t)end + 1)), (size_t)end, 0) != end)
		abort();
	*sizep = (size_t)end;
	return buf;
}

/*
 * bpfcc's contract for bad input: a failing call printed exactly one error
 * line, a successful one none.
 */
static inline void fuzz_check_diag(const char *what, int err, int errors_before)
{
	int n = diag__error_count() - errors_before;

	if ((err && n != 1) || (!err && n != 0)) {
		fprintf(stderr, "fuzz: %s returned %d after %d error lines (want %d)\n", what, err,
			n, err ? 1 : 0);
		abort();
	}
}

/*
 * bpfcc-dump's text goes to stdout: send it to /dev/null (a closed stdout
 * would turn every dump into a write error). Error lines go to stderr; the
 * runner silences them with -close_fd_mask=2, which keeps libFuzzer's and
 * the sanitizers' reports.
 */
static inline void fuzz_quiet_stdout(void)
{
	int null = open("/dev/null", O_WRONLY);

	if (null >= 0 && !getenv("BPFCC_FUZZ_VERBOSE"))
		dup2(null, STDOUT_FILENO);
	if (null > 2)
		close(null);
}

#endif /* __BPFCC_FUZZ_COMMON_H */
