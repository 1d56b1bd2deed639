/* Two programs with func_info and line_info, and one CO-RE relocation. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task {
	int pid;
} __attribute__((preserve_access_index));

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	return XDP_PASS;
}

SEC("raw_tp")
int rt(struct task *t)
{
	return BPF_CORE_READ(t, pid);
}

char LICENSE[] SEC("license") = "GPL";
