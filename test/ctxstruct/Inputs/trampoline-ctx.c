// Used by load-vm-6.1.test and load-vm-6.12.test: fentry, fexit and lsm
// programs written with named context structs, compiled against the BTF of
// the kernel they load on (vmlinux.h dumped from that BTF too).
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

long calls, last_ret, starts;

// bpf_fentry_test1(int a) returns a + 1 (net/bpf/test_run.c).
SEC("fentry/bpf_fentry_test1")
int enter_test1(struct fentry__bpf_fentry_test1 *ctx)
{
	calls += ctx->a;
	return 0;
}

SEC("fexit/bpf_fentry_test1")
int exit_test1(struct fexit__bpf_fentry_test1 *ctx)
{
	last_ret = ctx->ret;
	return 0;
}

// BTF-typed pointer load through the struct: ctx->vma->vm_start.
SEC("lsm/file_mprotect")
int mprot(struct lsm__file_mprotect *ctx)
{
	if (ctx->ret)
		return ctx->ret;
	starts += ctx->vma->vm_start;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
