#include "corpus.h"
/* bashreadline: readline's return value points into the user's heap. */
SEC("uretprobe//bin/bash:readline")
int BPF_KRETPROBE(printret, const void *ret)
{
	const char *line = ret;
	struct event *e;
	char first;
	if (!ret)
		return 0;
	PLAIN(first = line[0];)
	HAND(bpf_probe_read_user(&first, 1, line);)
	if (!first)
		return 0;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->val = first;
	bpf_probe_read_user_str(e->name, sizeof(e->name), ret);
	bpf_ringbuf_submit(e, 0);
	return 0;
}
