// Where the kernel's answer depends on the attach type or on sleepability,
// so does bpfcc's, and the message names them: cgroup/connect4 programs may
// call bpf_bind, cgroup/bind4 programs (same program type) may not;
// sleepable uprobe.s programs may call bpf_copy_from_user, uprobe programs
// may not.
// RUN: not %bpfcc %bpf_cflags --target-kernel=6.1 -c %s -o %t.o 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("cgroup/connect4")
int on_connect(struct bpf_sock_addr *ctx)
{
	bpf_bind(ctx, 0, 0);
	return 1;
}

SEC("cgroup/bind4")
int on_bind(struct bpf_sock_addr *ctx)
{
	bpf_bind(ctx, 0, 0);
	return 1;
}

SEC("uprobe.s")
int on_call_sleepable(void *ctx)
{
	char c;

	return bpf_copy_from_user(&c, 1, 0);
}

SEC("uprobe")
int on_call(void *ctx)
{
	char c;

	return bpf_copy_from_user(&c, 1, 0);
}
char LICENSE[] SEC("license") = "GPL";

// CHECK-NOT: 'on_connect'
// CHECK: helper-prog-type-attach.c:20:2: error: BPF helper 'bpf_bind' cannot be called from program 'on_bind' (SEC("cgroup/bind4")): Linux 6.1 refuses it for program type cgroup_sock_addr with attach type cgroup_inet4_bind; no probed kernel (up to Linux 6.18) allows it
// CHECK-NOT: 'on_call_sleepable'
// CHECK: helper-prog-type-attach.c:37:9: error: BPF helper 'bpf_copy_from_user' cannot be called from program 'on_call' (SEC("uprobe")): Linux 6.1 refuses it for non-sleepable program type kprobe; no probed kernel (up to Linux 6.18) allows it
// CHECK: 2 errors generated.
