#include "corpus.h"
/* offcputime: prev's state and comm, next's tgid at every switch. */
SEC("raw_tp/sched_switch")
int offcpu_switch(struct bpf_raw_tracepoint_args *ctx)
{
	struct task_struct *prev = (struct task_struct *)ctx->args[1];
	struct task_struct *next = (struct task_struct *)ctx->args[2];
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	PLAIN(e->pid = prev->pid; e->ppid = next->tgid; e->val = prev->__state;)
	PLAIN(__builtin_memcpy(e->comm, prev->comm, sizeof(e->comm));)
	HAND(e->pid = BPF_CORE_READ(prev, pid); e->ppid = BPF_CORE_READ(next, tgid);)
	HAND(e->val = BPF_CORE_READ(prev, __state);)
	HAND(bpf_core_read(e->comm, sizeof(e->comm), &prev->comm);)
	bpf_ringbuf_submit(e, 0);
	return 0;
}
