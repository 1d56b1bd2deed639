/* What Linux 5.10 lacks, each a compile error for --target-kernel=5.10:
 * bpf_loop (5.17) and kfunc calls (5.13). */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern void bpf_rcu_read_lock(void) __ksym;

static long step(__u32 i, void *data)
{
	return 0;
}

SEC("xdp")
int loops(struct xdp_md *ctx)
{
	bpf_loop(4, step, 0, 0);
	return XDP_PASS;
}

SEC("tc")
int calls_kfunc(struct __sk_buff *skb)
{
	bpf_rcu_read_lock();
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
