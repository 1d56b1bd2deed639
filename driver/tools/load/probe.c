// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * probe.c - what can the running kernel load? Used by the test suite to
 * decide which tests can run here, so each probe loads the smallest program
 * that needs the capability, and says why when it can't.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>

#include "tools/load/load.h"

static char reason[256];

/* r0 = 0; exit */
static const struct bpf_insn return_zero[] = {
	{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0, .imm = 0 },
	{ .code = BPF_JMP | BPF_EXIT },
};
#define RETURN_ZERO_CNT (sizeof(return_zero) / sizeof(return_zero[0]))

int probe__socket_filter(const char **why)
{
	int fd, err;

	fd = bpf_prog_load(BPF_PROG_TYPE_SOCKET_FILTER, "probe", "GPL",
			   return_zero, RETURN_ZERO_CNT, NULL);
	if (fd < 0) {
		err = -errno;
		snprintf(reason, sizeof(reason),
			 "the bpf() syscall cannot load a socket filter here: %s",
			 strerror(-err));
		*why = reason;
		return err;
	}
	close(fd);
	*why = "the bpf() syscall loads programs here";
	return 0;
}

/*
 * fentry, fexit, fmod_ret, freplace and lsm programs all attach through a
 * BPF trampoline; a kernel without ftrace trampolines refuses them before
 * verification. bpf_fentry_test1 is the kernel's own test target for
 * fentry programs (net/bpf/test_run.c), present whenever BPF and
 * networking are.
 */
int probe__trampoline(const char **why)
{
	LIBBPF_OPTS(bpf_prog_load_opts, opts,
		    .expected_attach_type = BPF_TRACE_FENTRY);
	struct btf *vmlinux;
	int fd, id, err;

	vmlinux = btf__load_vmlinux_btf();
	if (!vmlinux) {
		err = -errno;
		snprintf(reason, sizeof(reason),
			 "cannot read the kernel's BTF: %s", strerror(-err));
		*why = reason;
		return err;
	}
	id = btf__find_by_name_kind(vmlinux, "bpf_fentry_test1",
				    BTF_KIND_FUNC);
	btf__free(vmlinux);
	if (id < 0) {
		*why = "the kernel's BTF has no bpf_fentry_test1 to attach to";
		return -ENOENT;
	}
	opts.attach_btf_id = id;
	fd = bpf_prog_load(BPF_PROG_TYPE_TRACING, "probe", "GPL", return_zero,
			   RETURN_ZERO_CNT, &opts);
	if (fd < 0) {
		err = -errno;
		snprintf(reason, sizeof(reason),
			 "this kernel cannot load trampoline (fentry/fexit/lsm) programs: %s",
			 strerror(-err));
		*why = reason;
		return err;
	}
	close(fd);
	*why = "this kernel loads trampoline (fentry/fexit/lsm) programs";
	return 0;
}
