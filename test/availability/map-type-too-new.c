// A BTF-defined map of a type the target lacks is an error at its
// __uint(type, ...), naming the release that added the type, with a note
// at the map; so is the inner map of a map-in-map (once).
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.4 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags --target-kernel=5.16 -c %s -o %t.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct inner {
	__uint(type, BPF_MAP_TYPE_BLOOM_FILTER);
	__uint(max_entries, 4);
	__type(value, int);
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 1);
	__type(key, int);
	__array(values, struct inner);
} outer SEC(".maps");

SEC("xdp")
int prog(struct xdp_md *ctx) { return XDP_PASS; }
char LICENSE[] SEC("license") = "GPL";

// CHECK: map-type-too-new.c:10:9: error: map type BPF_MAP_TYPE_RINGBUF needs Linux 5.8, but the target kernel is 5.4
// CHECK: map-type-too-new.c:12:3: note: in map 'events'
// CHECK: map-type-too-new.c:15:9: error: map type BPF_MAP_TYPE_BLOOM_FILTER needs Linux 5.16, but the target kernel is 5.4
// CHECK: map-type-too-new.c:25:3: note: in map 'outer'
// CHECK-NOT: error:
// CHECK: 2 errors generated.
