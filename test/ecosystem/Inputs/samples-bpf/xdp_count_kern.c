// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* A samples/bpf-style program: kernel-style headers, libbpf's helpers. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include "host_asm.h"

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} rxcnt SEC(".maps");

SEC("xdp")
int xdp_count(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *n = bpf_map_lookup_elem(&rxcnt, &key);

	if (n)
		*n += 1;
	return XDP_PASS;
}

char _license[] SEC("license") = "GPL";
