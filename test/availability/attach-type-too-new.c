// The expected attach type counts too: kprobe.multi programs are kprobes
// (4.1) attached as BPF_TRACE_KPROBE_MULTI (5.18).
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.15 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags --target-kernel=5.18 -c %s -o %t.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("kprobe.multi/do_unlinkat")
int multi(void *ctx) { return 0; }
char LICENSE[] SEC("license") = "GPL";

// CHECK: attach-type-too-new.c:9:5: error: attach type BPF_TRACE_KPROBE_MULTI of SEC("kprobe.multi/do_unlinkat") needs Linux 5.18, but the target kernel is 5.15
// CHECK: 1 error generated.
