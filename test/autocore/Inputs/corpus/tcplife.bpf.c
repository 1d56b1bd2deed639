#include "corpus.h"
/* tcplife: state changes with ports and family of the sock. */
SEC("raw_tp/inet_sock_set_state")
int inet_sock_set_state(struct bpf_raw_tracepoint_args *ctx)
{
	struct sock *sk = (struct sock *)ctx->args[0];
	int newstate = ctx->args[2];
	struct event *e;
	__u16 family;
	PLAIN(family = sk->__sk_common.skc_family;)
	HAND(family = BPF_CORE_READ(sk, __sk_common.skc_family);)
	if (family != 2 /* AF_INET */)
		return 0;
	e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	e->val = newstate;
	PLAIN(e->pid = sk->__sk_common.skc_num; e->ppid = sk->__sk_common.skc_dport;)
	PLAIN(e->val2 = sk->sk_protocol;)
	HAND(e->pid = BPF_CORE_READ(sk, __sk_common.skc_num);)
	HAND(e->ppid = BPF_CORE_READ(sk, __sk_common.skc_dport);)
	HAND(e->val2 = BPF_CORE_READ(sk, sk_protocol);)
	bpf_ringbuf_submit(e, 0);
	return 0;
}
