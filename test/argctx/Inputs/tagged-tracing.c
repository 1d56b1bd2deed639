// Plain libbpf-style source with an explicit arg:ctx tag, called from
// program types whose context has no named struct before 6.8 (fentry,
// tp_btf, lsm) and from a raw_tp program; nested through a second tagged
// global.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))

__noinline int trace_inner(void *ctx __arg_ctx)
{
	return (bpf_get_current_pid_tgid() & 1) + (ctx != 0);
}

__noinline int trace_logic(void *ctx __arg_ctx) { return trace_inner(ctx) + 1; }

SEC("fentry/do_unlinkat")
int BPF_PROG(on_unlink, int dfd) { trace_logic(ctx); return 0; }

SEC("tp_btf/sched_switch")
int BPF_PROG(on_switch, bool preempt, struct task_struct *prev) { return trace_logic(ctx); }

SEC("lsm/file_open")
int BPF_PROG(on_open, struct file *file) { trace_logic(ctx); return 0; }

SEC("raw_tp/sched_switch")
int on_raw(struct bpf_raw_tracepoint_args *ctx) { return trace_logic(ctx); }

char LICENSE[] SEC("license") = "GPL";
