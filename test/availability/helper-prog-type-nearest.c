// A target between two probed kernels is judged by the nearest probed
// kernel at or above it (helpers are only ever added to a program type),
// one below them all by the oldest: xdp programs may not call
// bpf_get_current_pid_tgid on the probed 5.10 and 6.1, may on 6.12.
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.15 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=K515 %s
// RUN: not %bpfcc %bpf_cflags --target-kernel=4.19 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=K419 %s
// 6.2 is judged by 6.12, which allows it: no false error.
// RUN: %bpfcc %bpf_cflags --target-kernel=6.2 -c %s -o %t.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int on_packet(struct xdp_md *ctx)
{
	return bpf_get_current_pid_tgid() ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";

// K515: error: BPF helper 'bpf_get_current_pid_tgid' cannot be called from program 'on_packet' (SEC("xdp")): Linux 6.1 (the nearest probed kernel above the target 5.15) refuses it for program type xdp; the oldest probed kernel that allows it is Linux 6.12
// K419: error: BPF helper 'bpf_get_current_pid_tgid' cannot be called from program 'on_packet' (SEC("xdp")): Linux 5.10 (the nearest probed kernel above the target 4.19) refuses it for program type xdp; the oldest probed kernel that allows it is Linux 6.12
