// Erroneous C inside the macros the plugin recognizes: BPF_KPROBE and
// BPF_KSYSCALL bodies using undeclared names, a BPF_PROG whose argument
// type does not exist. bpfcc prints exactly clang's diagnostics (no crash,
// nothing of its own), fails like clang and writes no object; also with
// --target-kernel.
// RUN: rm -rf %t && mkdir %t
// RUN: not %clang -target bpf -g -O2 -D__TARGET_ARCH_x86 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/clang.o 2> %t/clang.err
// RUN: not %bpfcc -g -O2 -D__TARGET_ARCH_x86 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/bpfcc.o 2> %t/bpfcc.err
// RUN: diff %t/clang.err %t/bpfcc.err
// RUN: not %clang -target bpf -mcpu=v3 -g -O2 -D__TARGET_ARCH_x86 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/clang.o 2> %t/clang-5.10.err
// RUN: not %bpfcc --target-kernel=5.10 -g -O2 -D__TARGET_ARCH_x86 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/bpfcc.o 2> %t/bpfcc-5.10.err
// RUN: diff %t/clang-5.10.err %t/bpfcc-5.10.err
// RUN: FileCheck %s < %t/bpfcc.err
// RUN: ls -A %t | FileCheck --check-prefix=FILES --implicit-check-not=.o %s
// CHECK: error: use of undeclared identifier 'nosuch'
// CHECK: error: call to undeclared function 'alsonot'
// CHECK: error: incomplete definition of type 'struct no_such_type'
// FILES: bpfcc-5.10.err
#include <linux/types.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(on_unlink, int dfd, void *name)
{
	return dfd + nosuch;
}

SEC("ksyscall/kill")
int BPF_KSYSCALL(on_kill, int pid, int sig)
{
	return alsonot(pid);
}

SEC("tp_btf/sched_switch")
int BPF_PROG(on_switch, bool preempt, struct no_such_type *prev)
{
	return prev->pid;
}

char LICENSE[] SEC("license") = "GPL";
