#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "common.h"

SEC("xdp")
int xdp_pass(struct xdp_md *ctx)
{
	return PASS_VERDICT;
}

char LICENSE[] SEC("license") = "GPL";
