// bpfcc-load loads each program on its own: a verifier-rejected program gets
// result=fail with its errno and the verifier's message, and does not hide
// the programs around it. The exit status is 1.
//
// REQUIRES: bpf-load
// RUN: %clang %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-load %t.o > %t.out || echo "exit=$?" >> %t.out
// RUN: FileCheck %s --input-file %t.out

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, long);
} counters SEC(".maps");

// CHECK: object file={{.*}}load-verdicts.c.tmp.o progs=3

// CHECK-NEXT: prog name=count_packet section=xdp type=xdp result=ok errno=0 insns={{[1-9][0-9]*$}}
SEC("xdp")
int count_packet(struct xdp_md *ctx)
{
	int key = 0;
	long *n = bpf_map_lookup_elem(&counters, &key);

	if (n)
		__sync_fetch_and_add(n, 1);
	return XDP_PASS;
}

// The value is 8 bytes; reading 800 bytes past it is out of bounds on every
// kernel. EACCES is 13.
// CHECK-NEXT: prog name=read_past_value section=socket type=socket_filter result=fail errno=13 insns={{[1-9][0-9]*$}}
// The tail ends with the verifier's reason and its statistics line.
// CHECK:        (79) r{{[0-9]}} = *(u64 *)(r0 +800)
// CHECK-NEXT:   invalid access to map value, value_size=8 off=800 size=8
// CHECK-NEXT:   R0 min value is outside of the allowed memory range
// CHECK-NEXT:   processed {{[0-9]+}} insns
SEC("socket")
int read_past_value(struct __sk_buff *skb)
{
	int key = 0;
	long *v = bpf_map_lookup_elem(&counters, &key);

	if (!v)
		return 0;
	return *(v + 100);
}

// CHECK-NEXT: prog name=pass_all section=tc type=sched_cls result=ok errno=0 insns={{[1-9][0-9]*$}}
SEC("tc")
int pass_all(struct __sk_buff *skb)
{
	return 0;
}

// CHECK-NEXT: exit=1
// CHECK-NOT: {{.}}

char LICENSE[] SEC("license") = "GPL";
