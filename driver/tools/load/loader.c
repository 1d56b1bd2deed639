// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * loader.c - `--loader libbpf|cilium`: which library loads the objects.
 *
 * libbpf (the default, this program) rewrites an object's BTF at load time
 * to suit the running kernel; cilium/ebpf does not, so it shows what the
 * object itself is worth. The cilium loader is a separate, static Go
 * program, lib/bpfcc/bpfcc-load-cilium (driver/tools/cilium/), with the
 * same options and output; `--loader cilium` runs it in our place.
 */
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/diag.h"
#include "tools/load/load.h"

#define CILIUM_LOADER "bpfcc-load-cilium"

/* <dir of this executable>/../lib/bpfcc/bpfcc-load-cilium, in the build
 * tree as in an installed prefix. */
static int cilium_path(char *buf, size_t size)
{
	char self[PATH_MAX];
	ssize_t n;

	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n < 0)
		return -errno;
	self[n] = '\0';
	if ((size_t)snprintf(buf, size, "%s/../lib/bpfcc/%s", dirname(self),
			     CILIUM_LOADER) >= size)
		return -ENAMETOOLONG;
	return 0;
}

static int exec_cilium(char **argv)
{
	char path[PATH_MAX];
	int err;

	err = cilium_path(path, sizeof(path));
	if (!err) {
		argv[0] = path;
		execv(path, argv);
		err = -errno;
	}
	diag__error("--loader cilium: cannot run %s: %s (it is built when "
		    "golang-go and golang-github-cilium-ebpf-dev are installed)",
		    err == -ENOENT ? path : CILIUM_LOADER, strerror(-err));
	return -1;
}

/*
 * Take every --loader option (up to "--") out of argv; run the cilium
 * loader in our place if it is the last one named. Returns 0 to go on with
 * libbpf, -1 after an error line.
 */
int loader__select(int *argc, char **argv)
{
	const char *name = "libbpf";
	int i, out = 1;

	for (i = 1; i < *argc; i++) {
		const char *arg = argv[i];

		if (strcmp(arg, "--") == 0) {
			while (i < *argc)
				argv[out++] = argv[i++];
			break;
		}
		if (strcmp(arg, "--loader") == 0) {
			if (i + 1 >= *argc) {
				diag__error("--loader needs a loader name (libbpf or cilium)");
				return -1;
			}
			name = argv[++i];
			continue;
		}
		if (strncmp(arg, "--loader=", 9) == 0) {
			name = arg + 9;
			continue;
		}
		argv[out++] = argv[i];
	}
	*argc = out;
	argv[out] = NULL;

	if (strcmp(name, "cilium") == 0)
		return exec_cilium(argv);
	if (strcmp(name, "libbpf") != 0) {
		diag__error("--loader: '%s' is not a loader (libbpf or cilium)", name);
		return -1;
	}
	return 0;
}
