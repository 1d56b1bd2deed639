#include "corpus.h"
/* exitsnoop: exit code, start time and parent of the exiting task. */
SEC("raw_tp/sched_process_exit")
int sched_process_exit(struct bpf_raw_tracepoint_args *ctx)
{
	struct task_struct *task = (struct task_struct *)ctx->args[0];
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	PLAIN(e->pid = task->tgid; e->ppid = task->real_parent->tgid;)
	PLAIN(e->val = task->exit_code; e->val2 = task->start_time;)
	HAND(e->pid = BPF_CORE_READ(task, tgid); e->ppid = BPF_CORE_READ(task, real_parent, tgid);)
	HAND(e->val = BPF_CORE_READ(task, exit_code); e->val2 = BPF_CORE_READ(task, start_time);)
	bpf_ringbuf_submit(e, 0);
	return 0;
}
