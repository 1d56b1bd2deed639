/* A program with a BTF-defined map: loaders read the ".maps" DATASEC. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, long);
} counts SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int key = 0;
	long *v = bpf_map_lookup_elem(&counts, &key);

	if (v)
		*v += 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
