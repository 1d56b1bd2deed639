#include "corpus.h"
/* runqlat: wakeup timestamp per pid, delta at switch-in. */
SEC("raw_tp/sched_wakeup")
int handle_sched_wakeup(struct bpf_raw_tracepoint_args *ctx)
{
	struct task_struct *p = (struct task_struct *)ctx->args[0];
	__u32 pid;
	__u64 ts = bpf_ktime_get_ns();
	PLAIN(pid = p->pid;)
	HAND(pid = BPF_CORE_READ(p, pid);)
	bpf_map_update_elem(&stash, &pid, &ts, BPF_ANY);
	return 0;
}

SEC("raw_tp/sched_switch")
int handle_sched_switch(struct bpf_raw_tracepoint_args *ctx)
{
	struct task_struct *next = (struct task_struct *)ctx->args[2];
	__u32 pid;
	PLAIN(pid = next->pid;)
	HAND(pid = BPF_CORE_READ(next, pid);)
	__u64 *tsp = bpf_map_lookup_elem(&stash, &pid);
	if (tsp) {
		__u64 delta = bpf_ktime_get_ns() - *tsp;
		bpf_map_update_elem(&stash, &pid, &delta, BPF_ANY);
	}
	return 0;
}
