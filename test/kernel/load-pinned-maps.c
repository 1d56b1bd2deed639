// Maps pinned by name go to a private directory on bpffs for the run, so
// loading neither leaves pins behind in /sys/fs/bpf nor reuses a map pinned
// by someone else; every program of the object still loads.
//
// REQUIRES: bpf-load, root
// RUN: %clang %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-load %t.o | FileCheck %s
// RUN: test ! -e /sys/fs/bpf/bpfcc_load_test_pinned

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, long);
	__uint(pinning, LIBBPF_PIN_BY_NAME);
} bpfcc_load_test_pinned SEC(".maps");

static int bump(void)
{
	int key = 0;
	long *n = bpf_map_lookup_elem(&bpfcc_load_test_pinned, &key);

	if (n)
		__sync_fetch_and_add(n, 1);
	return 0;
}

// CHECK: prog name=count_xdp section=xdp type=xdp result=ok
SEC("xdp")
int count_xdp(struct xdp_md *ctx)
{
	bump();
	return XDP_PASS;
}

// CHECK-NEXT: prog name=count_tc section=tc type=sched_cls result=ok
SEC("tc")
int count_tc(struct __sk_buff *skb)
{
	return bump();
}

char LICENSE[] SEC("license") = "GPL";
