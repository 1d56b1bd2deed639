#include "corpus.h"
/* profile: a perf_event sampler reading the current task's mm and a
 * bitfield (BPF_CORE_READ_BITFIELD semantics). */
SEC("perf_event")
int do_sample(struct bpf_perf_event_data *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	PLAIN(e->val = task->mm->arg_start; e->uid = task->sched_reset_on_fork;)
	HAND(e->val = BPF_CORE_READ(task, mm, arg_start);)
	HAND(e->uid = BPF_CORE_READ_BITFIELD_PROBED(task, sched_reset_on_fork);)
	bpf_ringbuf_submit(e, 0);
	return 0;
}
