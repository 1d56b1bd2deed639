// A libbpf-style program for the ecosystem tests: counts sys_enter events.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "prog.h"

struct pt_regs;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} events SEC(".maps");

SEC("raw_tp/sys_enter")
int BPF_PROG(on_sys_enter, struct pt_regs *regs, long id)
{
	__u32 key = 0;
	__u64 *n = bpf_map_lookup_elem(&events, &key);

	if (n)
		__sync_fetch_and_add(n, PROG_INCREMENT);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
