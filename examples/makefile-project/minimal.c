// SPDX-License-Identifier: GPL-2.0
/* minimal [N]: load minimal.bpf.o through its skeleton, make N write() calls,
 * print how many the BPF program saw. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <bpf/libbpf.h>
#include "minimal.skel.h"

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 10, i, err;
	struct minimal_bpf *skel = minimal_bpf__open();

	if (!skel) {
		fprintf(stderr, "minimal: cannot open the BPF object\n");
		return 1;
	}
	skel->bss->my_pid = getpid();
	err = minimal_bpf__load(skel);
	if (!err)
		err = minimal_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "minimal: cannot load or attach: %s\n", strerror(-err));
		minimal_bpf__destroy(skel);
		return 1;
	}
	for (i = 0; i < n; i++)
		if (write(STDERR_FILENO, "", 0) < 0)
			perror("write");
	printf("writes seen by the BPF program: %llu\n", (unsigned long long)skel->bss->writes);
	minimal_bpf__destroy(skel);
	return 0;
}
