// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * pin.c - maps pinned by name (LIBBPF_PIN_BY_NAME) would otherwise be pinned
 * in /sys/fs/bpf, reused by the next program's load and left behind. Give
 * them a private directory on bpffs for the run, and remove it afterwards.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <linux/magic.h>

#include "common/diag.h"
#include "tools/load/load.h"

#define BPFFS "/sys/fs/bpf"

/* A minimal system (the test VM) may not have mounted bpffs. */
static int bpffs__ensure(void)
{
	struct statfs st;

	if (statfs(BPFFS, &st) == 0 && st.f_type == BPF_FS_MAGIC)
		return 0;
	if (mount("bpf", BPFFS, "bpf", 0, NULL) == 0)
		return 0;
	return -errno;
}

int pin__make_root(char *buf, size_t size)
{
	int err;

	err = bpffs__ensure();
	if (err) {
		diag__error("cannot mount bpffs on %s for pinned maps: %s",
			    BPFFS, strerror(-err));
		return err;
	}
	/* bpffs refuses names with a dot. */
	snprintf(buf, size, "%s/bpfcc-load-XXXXXX", BPFFS);
	if (!mkdtemp(buf)) {
		err = -errno;
		buf[0] = '\0';
		diag__error("cannot create a directory in %s for pinned maps: %s",
			    BPFFS, strerror(-err));
		return err;
	}
	return 0;
}

void pin__remove_root(const char *dir)
{
	if (rmdir(dir))
		diag__warning("cannot remove %s: %s", dir, strerror(errno));
}
