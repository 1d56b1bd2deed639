#include "corpus.h"
/* opensnoop: the file name argument is user memory; its first byte is read
 * through the pointer, the rest as a string. */
SEC("tracepoint/syscalls/sys_enter_openat")
int tracepoint__syscalls__sys_enter_openat(struct trace_event_raw_sys_enter *ctx)
{
	const char *fname = (const char *)ctx->args[1];
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	PLAIN(e->val = fname[0];)
	HAND(char c = 0; bpf_probe_read_user(&c, 1, fname); e->val = c;)
	e->val2 = ctx->args[2];
	bpf_probe_read_user_str(e->name, sizeof(e->name), fname);
	bpf_ringbuf_submit(e, 0);
	return 0;
}
