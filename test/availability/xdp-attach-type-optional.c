// libbpf gives SEC("xdp") the attach type BPF_XDP (5.9) but drops it on
// kernels that reject it, so XDP programs are fine for 4.18; SEC("xdp/cpumap")
// needs BPF_XDP_CPUMAP (5.9) for real.
// RUN: %bpfcc %bpf_cflags --target-kernel=4.18 -c %s -o %t.o
// RUN: not %bpfcc %bpf_cflags --target-kernel=4.18 -DCPUMAP -c %s -o %t.o 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int plain(struct xdp_md *ctx) { return XDP_PASS; }

#ifdef CPUMAP
SEC("xdp/cpumap")
int on_cpumap(struct xdp_md *ctx) { return XDP_PASS; }
#endif
char LICENSE[] SEC("license") = "GPL";

// CHECK: xdp-attach-type-optional.c:14:5: error: attach type BPF_XDP_CPUMAP of SEC("xdp/cpumap") needs Linux 5.9, but the target kernel is 4.18
// CHECK: 1 error generated.
