// Issue 3 acceptance (c): a real difference between kernels. Dereferencing
// an array-map lookup without a NULL check verifies on the 6.18 build host
// (newer verifiers know that a constant in-range key cannot miss; the key
// must be known: 0 is, the stack slot then holds known zeros) but Debian's
// 6.1 rejects it: R0 is map_value_or_null there.
//
// REQUIRES: bpf-load, vm-6.1
// RUN: %clang %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-load %t.o | FileCheck %s --check-prefix=HOST
// RUN: %bpfcc-vmtest --kernel 6.1 %t.o > %t.61 || echo "exit=$?" >> %t.61
// RUN: FileCheck %s --check-prefix=K61 --input-file %t.61

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, long);
} counters SEC(".maps");

// HOST: prog name=count_unchecked section=xdp type=xdp result=ok errno=0
// K61:  kernel=6.1.
// K61:  prog name=count_unchecked section=xdp type=xdp result=fail errno=13
// K61:  call bpf_map_lookup_elem#1 {{.*}} R0{{(_w)?}}=map_value_or_null(
// K61:  R0 invalid mem access 'map_value_or_null'
// K61:  exit=1
SEC("xdp")
int count_unchecked(struct xdp_md *ctx)
{
	int key = 0;
	long *n = bpf_map_lookup_elem(&counters, &key);

	*n += 1;
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
