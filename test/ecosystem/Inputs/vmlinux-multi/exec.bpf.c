#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

__u64 execs;

SEC("tp_btf/sched_process_exec")
int BPF_PROG(on_exec, struct task_struct *p, pid_t old_pid)
{
	if (p->tgid)
		__sync_fetch_and_add(&execs, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
