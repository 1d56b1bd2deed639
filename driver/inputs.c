// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* inputs.c - input checks and the standalone object mode. */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/diag.h"
#include "inputs.h"

/* 1 when @path starts with the ELF magic, 0 when not, -errno when unreadable. */
static int inputs__is_elf(const char *path)
{
	static const char magic[4] = { 0x7f, 'E', 'L', 'F' };
	struct stat st;
	char buf[4];
	ssize_t n;
	int fd, err;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		err = errno;
		diag__error("cannot read input '%s': %s", path, strerror(err));
		return -err;
	}
	/*
	 * Only regular files are sniffed: reading from a pipe (-x c <(...))
	 * would take bytes clang needs; a directory is clang's to complain
	 * about.
	 */
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return 0;
	}
	n = read(fd, buf, sizeof(buf));
	close(fd);
	return n == (ssize_t)sizeof(buf) && !memcmp(buf, magic, sizeof(magic));
}

int inputs__classify(const struct args *a)
{
	const struct item *first_obj = NULL, *first_src = NULL;
	size_t i;
	int elf;

	for (i = 0; i < a->ninputs; i++) {
		const struct item *in = args__input(a, i);

		/* stdin is always source text: clang reads it. */
		elf = strcmp(in->value, "-") ? inputs__is_elf(in->value) : 0;
		if (elf < 0)
			return elf;
		if (elf && !first_obj)
			first_obj = in;
		if (!elf && !first_src)
			first_src = in;
	}
	if (first_obj && first_src) {
		diag__error("cannot mix object files and sources: '%s' is an object, "
			    "'%s' is not", first_obj->value, first_src->value);
		return -EINVAL;
	}
	return first_obj ? INPUTS_OBJECTS : INPUTS_SOURCES;
}

static bool inputs__same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	if (stat(a, &sa) < 0 || stat(b, &sb) < 0)
		return false;
	return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int inputs__check_object_mode(const struct args *a)
{
	const char *in = args__input(a, 0)->value;

	if (a->ninputs != 1) {
		diag__error("post-processing objects takes one input object, got %zu",
			    a->ninputs);
		return -EINVAL;
	}
	if (!a->output || !strcmp(a->output, "-")) {
		diag__error("post-processing object '%s' needs an output file: -o FILE", in);
		return -EINVAL;
	}
	/* The input is never modified: a failed run must leave it intact. */
	if (inputs__same_file(in, a->output)) {
		diag__error("output '%s' is the input object; write to another file",
			    a->output);
		return -EINVAL;
	}
	return 0;
}
