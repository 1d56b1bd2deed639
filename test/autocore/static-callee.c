// A static function takes its callers' provenance: called from two kprobes
// with kernel pointers, its loads are rewritten; called from a probe with a
// kernel pointer and with a map value, its parameter is of mixed origin and
// it is left alone (a remark-free, unrewritten body).
// RUN: %bpfcc %bpf_cflags -Rbpfcc-auto-core -c %s -o %t.o 2>&1 | FileCheck %s
#include "Inputs/kern.h"

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, struct sock);
} socks SEC(".maps");

static __noinline long port(struct sock *sk) { return sk->__sk_common.skc_dport; }
static __noinline long addr(struct sock *sk) { return sk->__sk_common.skc_daddr; }

SEC("kprobe/tcp_v4_connect")
int BPF_KPROBE(one, struct sock *sk) { return port(sk) + addr(sk); }

SEC("kprobe/tcp_v6_connect")
int BPF_KPROBE(two, struct sock *sk)
{
	int k = 0;
	struct sock *mv = bpf_map_lookup_elem(&socks, &k);
	return port(sk) + (mv ? addr(mv) : 0);
}
// CHECK: remark: load of 'sk->__sk_common.skc_dport' through a kernel pointer
// CHECK-NOT: load of 'sk->__sk_common.skc_daddr'
