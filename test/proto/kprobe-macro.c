// BPF_KPROBE reads struct pt_regs; an fentry program's context is 8-byte
// slots: an error at the macro name, with BPF_PROG as the fix-it. The
// arguments are still checked.
// REQUIRES: host-btf
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -fdiagnostics-parseable-fixits -c %s -o %t.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fentry/vfs_read")
int BPF_KPROBE(rd, struct file *file, char *buf)
// CHECK: kprobe-macro.c:[[@LINE-1]]:5: error: BPF_KPROBE reads arguments from 'struct pt_regs', but 'fentry/vfs_read' programs get them as 8-byte context slots; use BPF_PROG
// CHECK: fix-it:"{{.*}}":{[[@LINE-2]]:5-[[@LINE-2]]:15}:"BPF_PROG"
{
	return 0;
}

// kprobe sections are not tracing-prototype checked: pt_regs is right there.
SEC("kprobe/vfs_read")
int BPF_KPROBE(rd_kp, struct file *file, char *buf)
// CHECK-NOT: kprobe-macro.c:[[@LINE-1]]
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
