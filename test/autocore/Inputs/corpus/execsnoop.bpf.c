#include "corpus.h"
/* execsnoop: parent's tgid and comm at execve entry. */
SEC("tracepoint/syscalls/sys_enter_execve")
int tracepoint__syscalls__sys_enter_execve(struct trace_event_raw_sys_enter *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	PLAIN(e->ppid = task->real_parent->tgid;)
	HAND(e->ppid = BPF_CORE_READ(task, real_parent, tgid);)
	PLAIN(__builtin_memcpy(e->comm, task->real_parent->comm, sizeof(e->comm));)
	HAND(bpf_probe_read_kernel(e->comm, sizeof(e->comm), BPF_CORE_READ(task, real_parent, comm));)
	bpf_probe_read_user_str(e->name, sizeof(e->name), (const char *)ctx->args[0]);
	bpf_ringbuf_submit(e, 0);
	return 0;
}
