// SPDX-License-Identifier: GPL-2.0
/* Like libbpf-bootstrap's "minimal": count the write() calls of one process. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include "minimal.h"

struct pt_regs;

int my_pid = 0;
__u64 writes = 0;

SEC("tp_btf/sys_enter")
int BPF_PROG(handle_sys_enter, struct pt_regs *regs, long id)
{
	if ((bpf_get_current_pid_tgid() >> 32) != my_pid)
		return 0;
	if (id == MINIMAL_SYSCALL)
		__sync_fetch_and_add(&writes, 1);
	return 0;
}

char LICENSE[] SEC("license") = "Dual BSD/GPL";
