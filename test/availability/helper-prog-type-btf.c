// With only --target-btf, the kernel version comes from the BTF's enums:
// Debian 6.1's BTF lacks helper 210 (6.2), so it is at most 6.1, and 6.1
// judges; 6.12's lacks BPF_TRACE_UPROBE_SESSION (6.13), so 6.12 judges and
// allows the call.
// REQUIRES: vm-6.1, vm-6.12
// RUN: %bpfcc-vmtest --kernel 6.1 --btf-out %t.btf-6.1
// RUN: %bpfcc-vmtest --kernel 6.12 --btf-out %t.btf-6.12
// RUN: not %bpfcc %bpf_cflags --target-btf=%t.btf-6.1 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags --target-btf=%t.btf-6.12 -c %s -o %t.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int on_packet(struct xdp_md *ctx)
{
	return bpf_get_current_pid_tgid() ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";

// CHECK: error: BPF helper 'bpf_get_current_pid_tgid' cannot be called from program 'on_packet' (SEC("xdp")): Linux 6.1 (the target BTF's enums say it is at most 6.1) refuses it for program type xdp; the oldest probed kernel that allows it is Linux 6.12
