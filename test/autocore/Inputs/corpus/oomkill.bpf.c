#include "corpus.h"
/* oomkill: the victim chosen by the OOM killer. */
SEC("kprobe/oom_kill_process")
int BPF_KPROBE(oom_kill_process, struct oom_control *oc, const char *message)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	PLAIN(e->pid = oc->chosen->tgid; e->val = oc->totalpages;)
	PLAIN(__builtin_memcpy(e->comm, oc->chosen->comm, sizeof(e->comm));)
	HAND(e->pid = BPF_CORE_READ(oc, chosen, tgid); e->val = BPF_CORE_READ(oc, totalpages);)
	HAND(BPF_CORE_READ_INTO(&e->comm, oc, chosen, comm);)
	bpf_ringbuf_submit(e, 0);
	return 0;
}
