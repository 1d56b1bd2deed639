// SPDX-License-Identifier: GPL-2.0
/*
 * syscount [SECONDS] [PID]: load syscount.bpf.o (embedded in the skeleton),
 * attach it to the raw tracepoint sys_enter, wait, and print how many times
 * each system call was entered (all processes, or only PID), most frequent
 * first. With PID 0 (the default for "self"), counts its own syscalls: it
 * then makes a known number of getppid() calls, so the output can be checked.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <bpf/libbpf.h>
#include <bpf/bpf.h>

#include "syscount.h"
#include "syscount.skel.h"

struct row {
	unsigned int nr;
	unsigned long long count;
};

static int by_count(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	return x->nr < y->nr ? -1 : x->nr > y->nr;
}

int main(int argc, char **argv)
{
	double seconds = argc > 1 ? atof(argv[1]) : 1.0;
	long pid = argc > 2 ? atol(argv[2]) : -1;
	int self = pid == 0;
	struct syscount_bpf *skel;
	struct row rows[SYSCOUNT_MAX];
	int ncpus, nrows = 0, err, i;

	ncpus = libbpf_num_possible_cpus();
	if (ncpus <= 0) {
		fprintf(stderr, "syscount: cannot count CPUs\n");
		return 1;
	}
	skel = syscount_bpf__open();
	if (!skel) {
		fprintf(stderr, "syscount: cannot open the BPF object: %s\n", strerror(errno));
		return 1;
	}
	if (pid >= 0)
		skel->rodata->target_tgid = self ? (__u32)getpid() : (__u32)pid;
	err = syscount_bpf__load(skel);
	if (!err)
		err = syscount_bpf__attach(skel);
	if (err) {
		fprintf(stderr, "syscount: cannot load or attach: %s\n", strerror(-err));
		syscount_bpf__destroy(skel);
		return 1;
	}

	if (self) {
		/* A known workload: 100 getppid() calls. */
		for (i = 0; i < 100; i++)
			syscall(SYS_getppid);
	} else {
		usleep((useconds_t)(seconds * 1e6));
	}

	for (unsigned int nr = 0; nr < SYSCOUNT_MAX; nr++) {
		unsigned long long values[ncpus], sum = 0;

		if (bpf_map__lookup_elem(skel->maps.counts, &nr, sizeof(nr), values,
					 sizeof(values), 0))
			continue;
		for (i = 0; i < ncpus; i++)
			sum += values[i];
		if (sum)
			rows[nrows++] = (struct row){ nr, sum };
	}
	syscount_bpf__destroy(skel);

	qsort(rows, nrows, sizeof(rows[0]), by_count);
	printf("%-8s %s\n", "SYSCALL", "COUNT");
	for (i = 0; i < nrows && i < 20; i++)
		printf("%-8u %llu\n", rows[i].nr, rows[i].count);
	if (self)
		printf("getppid (%d) expected at least 100\n", SYS_getppid);
	return 0;
}
