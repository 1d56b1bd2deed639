// Erroneous C: members of an incomplete struct read in a BPF_PROG tracing
// program and in a global subprogram that would get arg:ctx. bpfcc prints
// exactly clang's diagnostics (no crash, nothing of its own), fails like
// clang and writes no object; also with --target-kernel.
// RUN: rm -rf %t && mkdir %t
// RUN: not %clang -target bpf -g -O2 -D__TARGET_ARCH_x86 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/clang.o 2> %t/clang.err
// RUN: not %bpfcc -g -O2 -D__TARGET_ARCH_x86 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/bpfcc.o 2> %t/bpfcc.err
// RUN: diff %t/clang.err %t/bpfcc.err
// RUN: not %clang -target bpf -mcpu=v3 -g -O2 -D__TARGET_ARCH_x86 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/clang.o 2> %t/clang-5.10.err
// RUN: not %bpfcc --target-kernel=5.10 -g -O2 -D__TARGET_ARCH_x86 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/bpfcc.o 2> %t/bpfcc-5.10.err
// RUN: diff %t/clang-5.10.err %t/bpfcc-5.10.err
// RUN: FileCheck %s < %t/bpfcc.err
// RUN: ls -A %t | FileCheck --check-prefix=FILES --implicit-check-not=.o %s
// CHECK: error: incomplete definition of type 'struct task_struct'
// CHECK: error: incomplete definition of type 'struct __sk_buff'
// FILES: bpfcc-5.10.err
#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct task_struct;
struct __sk_buff;

SEC("fentry/do_exit")
int BPF_PROG(on_exit, struct task_struct *task, long code)
{
	return task->pid;
}

__attribute__((noinline)) int sub(struct __sk_buff *skb)
{
	return skb->len;
}

SEC("tc")
int cls(struct __sk_buff *skb)
{
	return sub(skb);
}

char LICENSE[] SEC("license") = "GPL";
