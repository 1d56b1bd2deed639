// SPDX-License-Identifier: GPL-2.0
/*
 * hello: count system calls by number.
 *
 * A raw tracepoint on sys_enter, written the way libbpf programs are: the
 * BPF_PROG macro names the tracepoint's arguments (struct pt_regs *regs,
 * long id), and a per-CPU array map holds one counter per syscall number.
 * Needs no vmlinux.h: only the UAPI and libbpf headers of a Debian 12 system.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

/* Only pointers to it are used: the declaration is enough. */
struct pt_regs;

#define MAX_SYSCALLS 512

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, MAX_SYSCALLS);
	__type(key, __u32);
	__type(value, __u64);
} syscall_counts SEC(".maps");

SEC("raw_tp/sys_enter")
int BPF_PROG(count_syscalls, struct pt_regs *regs, long id)
{
	__u32 key = (__u32)id;
	__u64 *count;

	if (id < 0 || id >= MAX_SYSCALLS)
		return 0;
	count = bpf_map_lookup_elem(&syscall_counts, &key);
	if (count)
		*count += 1;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
