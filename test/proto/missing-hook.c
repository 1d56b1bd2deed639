// A hook the checked kernel lacks. Multi-kernel tools ship a program per
// kernel variant and turn off the absent ones at run time, so with
// --target-btf it is a warning (-Wbpfcc-proto-missing), never an error,
// and the object is written; a hook of a close name (a typo) is suggested,
// with a fix-it inside the SEC string. Against this machine's BTF only the
// typos are reported, the other hooks with -Wbpfcc-proto-missing-host.
// REQUIRES: host-btf
// RUN: rm -f %t.o
// RUN: %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s --check-prefixes=CHECK,TARGET --implicit-check-not=warning: --implicit-check-not=error:
// RUN: test -s %t.o
// RUN: %bpfcc %bpf_cflags -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=error:
// RUN: %bpfcc %bpf_cflags -Wbpfcc-proto-missing-host -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=ALL
// RUN: %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -Wno-bpfcc-proto-missing -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// OFF-NOT: {{.}}

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fentry/bpfcc_no_such_function")
// TARGET: missing-hook.c:[[@LINE-1]]:1: warning: 'fentry/bpfcc_no_such_function' cannot attach: no function 'bpfcc_no_such_function' in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing]
// ALL: missing-hook.c:[[@LINE-2]]:1: warning: 'fentry/bpfcc_no_such_function' cannot attach: no function 'bpfcc_no_such_function' in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing-host]
int BPF_PROG(f, int a)
{
	return 0;
}

SEC("lsm/bpfcc_no_such_hook")
// TARGET: missing-hook.c:[[@LINE-1]]:1: warning: 'lsm/bpfcc_no_such_hook' cannot attach: no LSM hook 'bpfcc_no_such_hook' (function bpf_lsm_bpfcc_no_such_hook) in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing]
// ALL: missing-hook.c:[[@LINE-2]]:1: warning: 'lsm/bpfcc_no_such_hook' cannot attach: {{.*}} [-Wbpfcc-proto-missing-host]
int BPF_PROG(l, int ret)
{
	return 0;
}

SEC("tp_btf/bpfcc_no_such_tp")
// TARGET: missing-hook.c:[[@LINE-1]]:1: warning: 'tp_btf/bpfcc_no_such_tp' cannot attach: no tracepoint 'bpfcc_no_such_tp' (typedef btf_trace_bpfcc_no_such_tp) in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing]
// ALL: missing-hook.c:[[@LINE-2]]:1: warning: 'tp_btf/bpfcc_no_such_tp' cannot attach: {{.*}} [-Wbpfcc-proto-missing-host]
int BPF_PROG(t)
{
	return 0;
}

/* Typos: a character swapped, one missing; the suggestion is the hook's
 * name (without bpf_lsm_ or btf_trace_). */
SEC("lsm/file_opne")
// CHECK: missing-hook.c:[[@LINE-1]]:1: warning: 'lsm/file_opne' cannot attach: no LSM hook 'file_opne' (function bpf_lsm_file_opne) in the kernel BTF /sys/kernel/btf/vmlinux; did you mean 'file_open'? [-Wbpfcc-proto-missing]
// CHECK: fix-it:"{{.*}}":{[[@LINE-2]]:10-[[@LINE-2]]:19}:"file_open"
// ALL: missing-hook.c:[[@LINE-3]]:1: warning: 'lsm/file_opne' {{.*}}; did you mean 'file_open'? [-Wbpfcc-proto-missing]
int BPF_PROG(lo, struct file *file)
{
	return 0;
}

SEC("tp_btf/sched_swtch")
// CHECK: missing-hook.c:[[@LINE-1]]:1: warning: 'tp_btf/sched_swtch' cannot attach: no tracepoint 'sched_swtch' (typedef btf_trace_sched_swtch) in the kernel BTF /sys/kernel/btf/vmlinux; did you mean 'sched_switch'? [-Wbpfcc-proto-missing]
// CHECK: fix-it:"{{.*}}":{[[@LINE-2]]:13-[[@LINE-2]]:24}:"sched_switch"
int BPF_PROG(sw)
{
	return 0;
}

/* The kernel's own variants are not typos: names that differ only in
 * digits or in leading underscores are never suggested. */
SEC("fentry/tcp_v5_connect")
// TARGET: missing-hook.c:[[@LINE-1]]:1: warning: 'fentry/tcp_v5_connect' cannot attach: no function 'tcp_v5_connect' in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing]
// ALL: missing-hook.c:[[@LINE-2]]:1: warning: 'fentry/tcp_v5_connect' cannot attach: no function 'tcp_v5_connect' in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing-host]
int BPF_PROG(c)
{
	return 0;
}

SEC("fentry/___vfs_read")
// TARGET: missing-hook.c:[[@LINE-1]]:1: warning: 'fentry/___vfs_read' cannot attach: no function '___vfs_read' in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing]
// ALL: missing-hook.c:[[@LINE-2]]:1: warning: 'fentry/___vfs_read' cannot attach: no function '___vfs_read' in the kernel BTF /sys/kernel/btf/vmlinux [-Wbpfcc-proto-missing-host]
int BPF_PROG(r)
{
	return 0;
}

/* A string the fix-it cannot edit in place: suggestion, no fix-it. */
#define HOOK(name) "fentry/" #name
SEC(HOOK(vfs_raed))
// CHECK: missing-hook.c:[[@LINE-1]]:1: warning: 'fentry/vfs_raed' cannot attach: no function 'vfs_raed' in the kernel BTF /sys/kernel/btf/vmlinux; did you mean 'vfs_read'? [-Wbpfcc-proto-missing]
// CHECK-NOT: fix-it:
int BPF_PROG(rr)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
