// A helper the kernel has but refuses to the calling program's type is an
// error at the call, naming the helper, the program (function, section,
// type) and the oldest probed kernel that allows it, if any:
// bpf_get_socket_cookie from raw_tp (refused by every probed kernel) and
// bpf_get_current_pid_tgid from xdp (refused by 5.10 and 6.1, allowed since
// 6.12; plugin/HelperProgTypes.inc). No object is written.
// RUN: rm -f %t.o
// RUN: not %bpfcc %bpf_cflags --target-kernel=6.1 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not test -e %t.o
// Without code generation (no IR to judge) the errors come from the source.
// RUN: not %bpfcc %bpf_cflags --target-kernel=6.1 -fsyntax-only %s 2>&1 | FileCheck %s
// 6.12 allows the xdp call, no kernel the raw_tp one.
// RUN: not %bpfcc %bpf_cflags --target-kernel=6.12 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=K612 %s
// Without a target, with the checks off, or for a target newer than every
// probed kernel, nothing is checked.
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc %bpf_cflags --target-kernel=6.1 --bpfcc-no-availability -c %s -o %t.o
// RUN: %bpfcc %bpf_cflags --target-kernel=6.19 -c %s -o %t.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("raw_tp/sys_enter")
int on_enter(void *ctx)
{
	return bpf_get_socket_cookie(ctx) == 1;
}

SEC("xdp")
int on_packet(struct xdp_md *ctx)
{
	return bpf_get_current_pid_tgid() ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";

// CHECK: helper-prog-type.c:25:9: error: BPF helper 'bpf_get_socket_cookie' cannot be called from program 'on_enter' (SEC("raw_tp/sys_enter")): Linux 6.1 refuses it for program type raw_tracepoint; no probed kernel (up to Linux 6.18) allows it
// CHECK: helper-prog-type.c:31:9: error: BPF helper 'bpf_get_current_pid_tgid' cannot be called from program 'on_packet' (SEC("xdp")): Linux 6.1 refuses it for program type xdp; the oldest probed kernel that allows it is Linux 6.12
// CHECK: 2 errors generated.

// K612: error: BPF helper 'bpf_get_socket_cookie' cannot be called from program 'on_enter' (SEC("raw_tp/sys_enter")): Linux 6.12 refuses it
// K612-NOT: bpf_get_current_pid_tgid
// K612: 1 error generated.
