// Plain chains and their BPF_CORE_READ twins, side by side, at raw
// sys_enter. Only the openat of the marker path "/ac!..." (a user pointer
// behind the syscall's registers) is recorded.
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 8);
	__type(key, __u32);
	__type(value, __s64);
} out SEC(".maps");

static void put(__u32 k, __s64 v) { bpf_map_update_elem(&out, &k, &v, BPF_ANY); }

SEC("raw_tp/sys_enter")
int plain(struct bpf_raw_tracepoint_args *ctx)
{
	struct pt_regs *regs = (struct pt_regs *)ctx->args[0];
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	if (ctx->args[1] != 257 /* openat */)
		return 0;
	const char *name = (const char *)regs->si;
	if (name[1] != 'a' || name[2] != 'c' || name[3] != '!')
		return 0;
	put(0, task->real_parent->tgid);
	put(1, task->tgid);
	put(2, name[4]);
	put(3, task->group_leader->pid);
	return 0;
}

SEC("raw_tp/sys_enter")
int twin(struct bpf_raw_tracepoint_args *ctx)
{
	struct pt_regs *regs = (struct pt_regs *)ctx->args[0];
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	char buf[5];
	if (ctx->args[1] != 257)
		return 0;
	bpf_probe_read_user(buf, sizeof(buf), (const char *)PT_REGS_PARM2_CORE(regs));
	if (buf[1] != 'a' || buf[2] != 'c' || buf[3] != '!')
		return 0;
	put(4, BPF_CORE_READ(task, real_parent, tgid));
	put(5, BPF_CORE_READ(task, tgid));
	put(6, buf[4]);
	put(7, BPF_CORE_READ(task, group_leader, pid));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
