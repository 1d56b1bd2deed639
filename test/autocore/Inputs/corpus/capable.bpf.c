#include "corpus.h"
/* capable: uid of the credentials and the namespace level. */
SEC("kprobe/cap_capable")
int BPF_KPROBE(cap_capable, const struct cred *cred, struct user_namespace *ns, int cap)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->val = cap;
	PLAIN(e->uid = cred->uid.val; e->val2 = ns->level;)
	HAND(e->uid = BPF_CORE_READ(cred, uid.val); e->val2 = BPF_CORE_READ(ns, level);)
	bpf_ringbuf_submit(e, 0);
	return 0;
}
