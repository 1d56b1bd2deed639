// SPDX-License-Identifier: GPL-2.0
/*
 * Count system calls by number, on the raw tracepoint sys_enter (BPF_PROG
 * names its arguments: struct pt_regs *regs, long id). Only syscalls of the
 * process whose tgid user space writes into target_tgid are counted, when it
 * is not 0.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "syscount.h"

struct pt_regs;

const volatile __u32 target_tgid = 0;

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, SYSCOUNT_MAX);
	__type(key, __u32);
	__type(value, __u64);
} counts SEC(".maps");

SEC("raw_tp/sys_enter")
int BPF_PROG(count_syscalls, struct pt_regs *regs, long id)
{
	__u32 key = (__u32)id;
	__u64 *count;

	if (target_tgid && (bpf_get_current_pid_tgid() >> 32) != target_tgid)
		return 0;
	if (id < 0 || id >= SYSCOUNT_MAX)
		return 0;
	count = bpf_map_lookup_elem(&counts, &key);
	if (count)
		*count += 1;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
