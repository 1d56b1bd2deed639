// Used by gen-ctx.test: the same program with bpfcc's built-in structs and
// with plain clang and the header --bpfcc-gen-ctx wrote.
#include "vmlinux.h"
#ifdef HEADER
#include HEADER
#endif
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

long seen;

SEC("lsm/file_mprotect")
int mprot(struct lsm__file_mprotect *ctx)
{
	if (ctx->ret)
		return ctx->ret;
	seen += ctx->vma->vm_start + ctx->prot;
	return 0;
}

SEC("raw_tp/sched_process_fork")
int fork_raw(struct raw_tp__sched_process_fork *ctx)
{
	seen += BPF_CORE_READ(ctx->child, pid);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
