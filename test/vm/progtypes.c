// Issue 3 acceptance (a): one object with kprobe, tp_btf, raw_tp, xdp, tc
// and socket-filter programs loads on Debian's 6.1 and 6.12 kernels, in one
// boot each. test/kernel/progtypes.test loads the same object on the host.
// The tp_btf program reads task_struct::pid through a CO-RE relocation that
// libbpf resolves against each kernel's own BTF.
//
// REQUIRES: vm-6.1, vm-6.12
// RUN: %clang %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-vmtest --kernel 6.1 %t.o | FileCheck %s --check-prefixes=CHECK,K61
// RUN: %bpfcc-vmtest --kernel 6.12 %t.o | FileCheck %s --check-prefixes=CHECK,K612
// K61:  kernel=6.1.{{[0-9]+}}-{{.*}}cloud-amd64
// K612: kernel=6.12.{{[0-9]+}}{{.*}}-cloud-amd64
// CHECK: object file={{.*}}.o progs=6

#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct task_struct {
	int pid;
} __attribute__((preserve_access_index));

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, long);
} last_pid SEC(".maps");

static void remember(long v)
{
	int key = 0;
	long *slot = bpf_map_lookup_elem(&last_pid, &key);

	if (slot)
		*slot = v;
}

// CHECK-NEXT: prog name=on_nanosleep section=kprobe/do_nanosleep type=kprobe result=ok errno=0 insns={{[0-9]+$}}
SEC("kprobe/do_nanosleep")
int BPF_KPROBE(on_nanosleep, void *sleeper, int mode)
{
	remember(mode);
	return 0;
}

// CHECK-NEXT: prog name=on_switch section=tp_btf/sched_switch type=tracing result=ok errno=0 insns={{[0-9]+$}}
SEC("tp_btf/sched_switch")
int BPF_PROG(on_switch, _Bool preempt, struct task_struct *prev,
	     struct task_struct *next)
{
	remember(next->pid);
	return 0;
}

// CHECK-NEXT: prog name=on_raw_switch section=raw_tp/sched_switch type=raw_tracepoint result=ok errno=0 insns={{[0-9]+$}}
SEC("raw_tp/sched_switch")
int on_raw_switch(struct bpf_raw_tracepoint_args *ctx)
{
	remember(ctx->args[0]);
	return 0;
}

// CHECK-NEXT: prog name=xdp_pass section=xdp type=xdp result=ok errno=0 insns={{[0-9]+$}}
SEC("xdp")
int xdp_pass(struct xdp_md *ctx)
{
	remember(ctx->data_end - ctx->data);
	return XDP_PASS;
}

// CHECK-NEXT: prog name=tc_pass section=tc type=sched_cls result=ok errno=0 insns={{[0-9]+$}}
SEC("tc")
int tc_pass(struct __sk_buff *skb)
{
	remember(skb->len);
	return 0;
}

// CHECK-NEXT: prog name=socket_all section=socket type=socket_filter result=ok errno=0 insns={{[0-9]+$}}
SEC("socket")
int socket_all(struct __sk_buff *skb)
{
	return skb->len;
}

// CHECK-NOT: {{.}}

char LICENSE[] SEC("license") = "GPL";
