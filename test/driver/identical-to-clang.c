// A program no bpfcc feature applies to gives the same bytes as
// `clang -target bpf` (the plugin changes nothing, no pass runs).
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %bpfcc -O2 -g -c %s -o bpfcc.o -idirafter /usr/include/x86_64-linux-gnu
// RUN: %clang -target bpf -O2 -g -c %s -o clang.o -idirafter /usr/include/x86_64-linux-gnu
// RUN: cmp bpfcc.o clang.o

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

SEC("xdp")
int count_packets(struct xdp_md *ctx)
{
	__u32 key = 0;
	__u64 *v = bpf_map_lookup_elem(&counts, &key);

	if (v)
		__sync_fetch_and_add(v, 1);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
