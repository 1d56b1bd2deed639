// bpfcc warnings and clang's -Werror: a plain -Werror leaves them warnings
// (a -Werror build clang-19 accepts must build with bpfcc; the object is
// written), -Werror=bpfcc makes every bpfcc warning an error, -Wno-bpfcc
// turns them all off, and the last flag wins. clang's own warnings still
// follow -Werror.
// REQUIRES: host-btf
// RUN: rm -f %t.o
// RUN: %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -Werror -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: test -s %t.o
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -Werror=bpfcc -c %s -o %t.err.o 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -Werror -Wno-bpfcc -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=OFF --allow-empty
// RUN: %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -Werror=bpfcc -Wno-error=bpfcc-proto-name -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=WARN
// RUN: not %bpfcc %bpf_cflags --target-btf=/sys/kernel/btf/vmlinux -Werror -Wunused-variable -DUNUSED -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=CLANG
// OFF-NOT: {{.}}

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("tp_btf/sched_switch")
int BPF_PROG(sw, bool preempt, struct task_struct *next)
// WARN: werror-group.c:[[@LINE-1]]:52: warning: argument 'next' is read from the slot of the kernel's 'prev' (argument 2); the kernel's 'next' is argument 3: the list looks shifted or swapped [-Wbpfcc-proto-name]
// ERR: werror-group.c:[[@LINE-2]]:52: error: argument 'next' is read from the slot of the kernel's 'prev' (argument 2); the kernel's 'next' is argument 3: the list looks shifted or swapped [-Werror,-Wbpfcc-proto-name]
{
#ifdef UNUSED
	int unused;
// CLANG: werror-group.c:[[@LINE-1]]:6: error: unused variable 'unused' [-Werror,-Wunused-variable]
#endif
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
