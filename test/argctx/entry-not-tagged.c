// REQUIRES: host-btf
// Functions SEC() puts in a section other than .text are program entries,
// whether or not libbpf 1.1 knows the section name (Linux 5.10's selftests
// use "classifier/...", "flow_dissector/0", "sk_lookup/redir_ip4",
// "sk_skb1", "l4lb-demo"): inference never tags their parameters, though
// each passes its context to a helper that takes the context. A global
// subprogram doing the same is tagged (the positive control).
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-dump --btf %t.o | FileCheck %s
// CHECK: [[[SUB:[0-9]+]]] FUNC 'sub' type_id={{[0-9]+}} linkage=global
// CHECK-NEXT: DECL_TAG 'arg:ctx' type_id=[[SUB]] component_idx=0
// CHECK-NOT: DECL_TAG
// And with bpfcc's own classification: no tag on the entries either.
// RUN: %bpfcc-dump --btf %t.o | FileCheck %s --check-prefix=COUNT
// COUNT-COUNT-1: DECL_TAG 'arg:ctx'
// COUNT-NOT: DECL_TAG 'arg:ctx'

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

static __always_inline int peek(struct __sk_buff *skb)
{
	char b = 0;

	return bpf_skb_load_bytes(skb, 0, &b, 1) + b;
}

__noinline int sub(void *skb) { char b; return bpf_skb_load_bytes(skb, 0, &b, 1); }

SEC("classifier/ingress")
int cls(struct __sk_buff *skb) { return bpf_skb_load_bytes(skb, 0, &skb, 1) + sub(skb); }

SEC("flow_dissector/0")
int dissect(struct __sk_buff *skb) { return peek(skb) ? 0 : bpf_skb_load_bytes(skb, 0, &skb, 1); }

SEC("sk_lookup/redir_ip4")
int redir(struct bpf_sk_lookup *ctx) { return bpf_sk_assign(ctx, 0, 0); }

SEC("sk_skb1")
int skb1(struct __sk_buff *skb) { return bpf_skb_load_bytes(skb, 0, &skb, 1); }

SEC("l4lb-demo")
int balancer(struct __sk_buff *skb) { return bpf_skb_load_bytes(skb, 0, &skb, 1); }

char LICENSE[] SEC("license") = "GPL";
