/*
 * Beyond BTF kinds: what a real program for 6.1 uses, each feature at most
 * as new as 6.1 (so --target-kernel=6.1 accepts it): a ring buffer (5.8),
 * bpf_loop (5.17), a hash map with a BTF key/value, an array of maps (4.12)
 * with a BTF-defined inner map, a global subprogram, and a tc program.
 */
#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 16);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

struct inner {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u32);
} inner0 SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 1);
	__type(key, __u32);
	__array(values, struct inner);
} outer SEC(".maps") = { .values = { &inner0 } };

static int add_one(__u32 i, void *ctx)
{
	*(__u64 *)ctx += i;
	return 0;
}

__attribute__((noinline)) int sum_to(int n)
{
	__u64 sum = 0;

	bpf_loop(n & 15, add_one, &sum, 0);
	return sum;
}

SEC("xdp")
int count_xdp(struct xdp_md *ctx)
{
	__u32 key = ctx->rx_queue_index & 15;
	__u64 one = 1, *v;

	v = bpf_map_lookup_elem(&counts, &key);
	if (v)
		__sync_fetch_and_add(v, 1);
	else
		bpf_map_update_elem(&counts, &key, &one, BPF_ANY);
	bpf_ringbuf_output(&events, &key, sizeof(key), 0);
	return sum_to(4) > 100 ? XDP_DROP : XDP_PASS;
}

SEC("tc")
int count_tc(struct __sk_buff *skb)
{
	__u32 zero = 0;
	void *in = bpf_map_lookup_elem(&outer, &zero);

	if (in && bpf_map_lookup_elem(in, &zero))
		return TC_ACT_SHOT;
	return TC_ACT_OK;
}

char LICENSE[] SEC("license") = "GPL";
