// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Packet parsing from UAPI headers, without vmlinux.h: <linux/if_ether.h>
 * and <linux/ip.h> reach <asm/types.h> and <asm/byteorder.h>, which live
 * in /usr/include/<multiarch> on Debian.
 */
#include <linux/bpf.h>
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_endian.h>

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 256);
	__type(key, __u32);
	__type(value, __u64);
} packets SEC(".maps");

SEC("xdp")
int count_ipproto(struct xdp_md *ctx)
{
	void *data = (void *)(long)ctx->data;
	void *data_end = (void *)(long)ctx->data_end;
	struct ethhdr *eth = data;
	struct iphdr *ip = (void *)(eth + 1);
	__u32 proto;
	__u64 *n;

	if ((void *)(ip + 1) > data_end || eth->h_proto != bpf_htons(ETH_P_IP))
		return XDP_PASS;
	proto = ip->protocol;
	n = bpf_map_lookup_elem(&packets, &proto);
	if (n)
		*n += 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
