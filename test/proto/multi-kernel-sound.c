// Sound multi-kernel code, written the way bcc's libbpf-tools write it: one
// program per kernel variant (user space turns off the ones the running
// kernel lacks with bpf_program__set_autoload(), or they are SEC("?...")),
// the tool's own parameter names ('lock' for the kernel's 'sem', 'req' for
// 'rq'), and 'int' for a narrow tracepoint argument (the kernel passes each
// tracepoint argument as a u64 zero-extended from its unsigned value, so a
// wider type reads the same value).
//
// Against this machine's BTF (6.18 here, which lacks account_page_dirtied,
// _do_fork and tcp_sendpage): no diagnostic. Against Debian's 6.1: one
// -Wbpfcc-proto-missing warning for each hook 6.1 lacks (block_io_start,
// blk_account_io_start, account_page_dirtied), none for the SEC("?...")
// program (a remark on request), and nothing else. The strict forms of the
// quiet checks (-Wbpfcc-proto-rename, -Wbpfcc-proto-widen,
// -Wbpfcc-proto-missing-host) show what this file exercises.
// REQUIRES: host-btf, vm-6.1
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc %bpf_cflags -c %s -o %t/host.o 2>&1 | FileCheck %s --check-prefix=HOST --allow-empty
// RUN: test -s %t/host.o
// HOST-NOT: {{.}}
// RUN: %bpfcc %bpf_cflags -Wbpfcc-proto-missing-host -c %s -o %t/host.o 2>&1 | FileCheck %s --check-prefix=HOSTALL
// RUN: %bpfcc-vmtest --kernel 6.1 --btf-out %t/btf-6.1
// RUN: %bpfcc %bpf_cflags --target-btf=%t/btf-6.1 -c %s -o %t/61.o 2>&1 | FileCheck %s --check-prefix=V61 --implicit-check-not=warning: --implicit-check-not=error: --implicit-check-not=remark:
// RUN: test -s %t/61.o
// RUN: %bpfcc %bpf_cflags --target-btf=%t/btf-6.1 -Rbpfcc-proto-missing -Wbpfcc-proto-rename -Wbpfcc-proto-widen -c %s -o %t/61.o 2>&1 | FileCheck %s --check-prefix=STRICT

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, u64);
	__type(value, u64);
} start SEC(".maps");

__u64 hist[64];

static __always_inline int lock_begin(void *lock)
{
	u64 ts = bpf_ktime_get_ns();
	u64 key = (u64)lock;

	bpf_map_update_elem(&start, &key, &ts, BPF_ANY);
	return 0;
}

static __always_inline int lock_end(void *lock, int ret)
{
	u64 key = (u64)lock;
	u64 *tsp = bpf_map_lookup_elem(&start, &key);

	if (tsp && ret == 0)
		__sync_fetch_and_add(&hist[(bpf_ktime_get_ns() - *tsp) >> 58], 1);
	bpf_map_delete_elem(&start, &key);
	return 0;
}

/* klockstat: the same code for the mutex and the rwsem hooks, whose lock
 * the kernel calls 'lock' and 'sem'. */
SEC("fentry/mutex_lock")
int BPF_PROG(mutex_lock, struct mutex *lock)
{
	return lock_begin(lock);
}

SEC("fentry/down_read")
int BPF_PROG(down_read, struct rw_semaphore *lock)
// STRICT: multi-kernel-sound.c:[[@LINE-1]]:46: warning: argument 'lock' is called 'sem' in the kernel [-Wbpfcc-proto-rename]
{
	return lock_begin(lock);
}

SEC("fexit/mutex_lock_interruptible")
int BPF_PROG(mutex_lock_interruptible_exit, struct mutex *lock, int ret)
{
	return lock_end(lock, ret);
}

SEC("fexit/down_read_killable")
int BPF_PROG(down_read_killable_exit, struct rw_semaphore *lock, int ret)
// STRICT: multi-kernel-sound.c:[[@LINE-1]]:60: warning: argument 'lock' is called 'sem' in the kernel [-Wbpfcc-proto-rename]
{
	return lock_end(lock, ret);
}

/* biosnoop/biolatency: 'req' for the kernel's 'rq', and 'int error' for
 * the one-byte blk_status_t. */
SEC("tp_btf/block_rq_complete")
int BPF_PROG(block_rq_complete, struct request *req, int error, unsigned int nr_bytes)
// STRICT: multi-kernel-sound.c:[[@LINE-1]]:49: warning: argument 'req' is called 'rq' in the kernel [-Wbpfcc-proto-rename]
// STRICT: multi-kernel-sound.c:[[@LINE-2]]:58: warning: argument 'error' is wider than the kernel's 'blk_status_t error': 'int' is 4 bytes, but the kernel passes the 1-byte 'blk_status_t', zero-extended to 64 bits: the same value [-Wbpfcc-proto-widen]
{
	return lock_end(req, error);
}

SEC("raw_tp/block_rq_complete")
int BPF_PROG(block_rq_complete_raw, struct request *req, int error, unsigned int nr_bytes)
// STRICT: multi-kernel-sound.c:[[@LINE-1]]:62: warning: argument 'error' is wider than the kernel's 'blk_status_t error': {{.*}} [-Wbpfcc-proto-widen]
{
	return lock_end(req, error);
}

/* The block_io_start tracepoint (6.5+), else blk_account_io_start where
 * the kernel did not inline it: user space loads one of the two. */
SEC("tp_btf/block_io_start")
// V61: multi-kernel-sound.c:[[@LINE-1]]:1: warning: 'tp_btf/block_io_start' cannot attach: no tracepoint 'block_io_start' (typedef btf_trace_block_io_start) in the kernel BTF {{.*}}btf-6.1 [-Wbpfcc-proto-missing]
// HOSTALL-NOT: [[@LINE-2]]:1:
int BPF_PROG(block_io_start, struct request *req)
{
	return lock_begin(req);
}

SEC("fentry/blk_account_io_start")
// V61: multi-kernel-sound.c:[[@LINE-1]]:1: warning: 'fentry/blk_account_io_start' cannot attach: no function 'blk_account_io_start' in the kernel BTF {{.*}}btf-6.1 [-Wbpfcc-proto-missing]
int BPF_PROG(blk_account_io_start, struct request *req)
{
	return lock_begin(req);
}

/* cachestat: account_page_dirtied until 5.17. */
SEC("fentry/account_page_dirtied")
// V61: multi-kernel-sound.c:[[@LINE-1]]:1: warning: 'fentry/account_page_dirtied' cannot attach: no function 'account_page_dirtied' in the kernel BTF {{.*}}btf-6.1 [-Wbpfcc-proto-missing]
// HOSTALL: multi-kernel-sound.c:[[@LINE-2]]:1: warning: 'fentry/account_page_dirtied' cannot attach: no function 'account_page_dirtied' in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing-host]
int BPF_PROG(account_page_dirtied, struct page *page)
{
	__sync_fetch_and_add(&hist[0], 1);
	return 0;
}

SEC("fentry/mark_buffer_dirty")
int BPF_PROG(mark_buffer_dirty, struct buffer_head *bh)
{
	__sync_fetch_and_add(&hist[1], 1);
	return 0;
}

/* Process creation: kernel_clone (5.10+), _do_fork before, off unless the
 * loader turns it on. */
SEC("fentry/kernel_clone")
int BPF_PROG(kernel_clone, struct kernel_clone_args *args)
{
	__sync_fetch_and_add(&hist[2], 1);
	return 0;
}

SEC("?fentry/_do_fork")
// STRICT: multi-kernel-sound.c:[[@LINE-1]]:1: remark: 'fentry/_do_fork' will not load: no function '_do_fork' in the kernel BTF {{.*}}btf-6.1 [-Rbpfcc-proto-missing]
// HOSTALL-NOT: [[@LINE-2]]:1:
int BPF_PROG(do_fork)
{
	__sync_fetch_and_add(&hist[2], 1);
	return 0;
}

/* tcptop: tcp_sendmsg, and tcp_sendpage until 6.4; 'len' for 'size'. */
SEC("fentry/tcp_sendmsg")
int BPF_PROG(tcp_sendmsg, struct sock *sk, struct msghdr *msg, size_t len)
// STRICT: multi-kernel-sound.c:[[@LINE-1]]:71: warning: argument 'len' is called 'size' in the kernel [-Wbpfcc-proto-rename]
{
	__sync_fetch_and_add(&hist[3], len);
	return 0;
}

SEC("fentry/tcp_sendpage")
// HOSTALL: multi-kernel-sound.c:[[@LINE-1]]:1: warning: 'fentry/tcp_sendpage' cannot attach: no function 'tcp_sendpage' in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing-host]
int BPF_PROG(tcp_sendpage, struct sock *sk, struct page *page, int offset, size_t len)
{
	__sync_fetch_and_add(&hist[3], len);
	return 0;
}

/* runqlat: the scheduler's tracepoints, with the kernel's names. */
SEC("tp_btf/sched_switch")
int BPF_PROG(sched_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	return lock_begin(next);
}

SEC("tp_btf/sched_wakeup")
int BPF_PROG(sched_wakeup, struct task_struct *task)
// STRICT: multi-kernel-sound.c:[[@LINE-1]]:48: warning: argument 'task' is called 'p' in the kernel [-Wbpfcc-proto-rename]
{
	return lock_begin(task);
}

char LICENSE[] SEC("license") = "GPL";
