#include "corpus.h"
/* tcpconnect: stash the sock at entry, read its addresses at return. */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, struct sock *);
} sockets SEC(".maps");

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(tcp_v4_connect, struct sock *sk)
{
	__u32 tid = bpf_get_current_pid_tgid();
	bpf_map_update_elem(&sockets, &tid, &sk, BPF_ANY);
	return 0;
}

SEC("kretprobe/tcp_v4_connect")
int BPF_KRETPROBE(tcp_v4_connect_ret, int ret)
{
	__u32 tid = bpf_get_current_pid_tgid();
	struct sock **skpp = bpf_map_lookup_elem(&sockets, &tid);
	if (!skpp)
		return 0;
	struct sock *sk = *skpp;
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (e) {
		PLAIN(e->val = sk->__sk_common.skc_daddr;)
		PLAIN(e->val2 = sk->__sk_common.skc_dport;)
		PLAIN(e->uid = sk->__sk_common.skc_family;)
		HAND(e->val = BPF_CORE_READ(sk, __sk_common.skc_daddr);)
		HAND(e->val2 = BPF_CORE_READ(sk, __sk_common.skc_dport);)
		HAND(e->uid = BPF_CORE_READ(sk, __sk_common.skc_family);)
		bpf_ringbuf_submit(e, 0);
	}
	bpf_map_delete_elem(&sockets, &tid);
	return 0;
}
