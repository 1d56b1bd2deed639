// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Built from UAPI headers, without vmlinux.h: <linux/bpf.h> includes
 * <linux/types.h> -> <asm/types.h>, and <linux/errno.h> -> <asm/errno.h>,
 * both only in /usr/include/<multiarch> on Debian.
 */
#include <linux/bpf.h>
#include <linux/errno.h>
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} calls SEC(".maps");

__u64 races;

SEC("tp/syscalls/sys_enter_getpid")
int count_getpid(void *ctx)
{
	__u32 tgid = bpf_get_current_pid_tgid() >> 32;
	__u64 one = 1, *n;

	n = bpf_map_lookup_elem(&calls, &tgid);
	if (n) {
		__sync_fetch_and_add(n, 1);
		return 0;
	}
	/* Another CPU added it first: count the race, the next call counts. */
	if (bpf_map_update_elem(&calls, &tgid, &one, BPF_NOEXIST) == -EEXIST)
		__sync_fetch_and_add(&races, 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
