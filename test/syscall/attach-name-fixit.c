// A kprobe on one architecture's syscall wrapper is diagnosed, with a
// fix-it to the portable ksyscall/ (kretsyscall/) section; SEC("?...")
// keeps its '?'.
// RUN: %bpfcc %bpf_cflags -fsyntax-only -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags -fsyntax-only -Wno-bpfcc-syscall-attach %s 2>&1 | FileCheck %s --allow-empty --check-prefix=OFF
// CHECK: attach-name-fixit.c:[[@LINE+4]]:1: warning: 'kprobe/__x64_sys_openat' attaches to the x86 syscall wrapper only; use SEC("ksyscall/openat") to trace the openat syscall on every architecture [-Wbpfcc-syscall-attach]
// CHECK: fix-it:"{{.*}}attach-name-fixit.c":{[[@LINE+3]]:5-[[@LINE+3]]:30}:"\"ksyscall/openat\""
// OFF-NOT: warning:
#include "Inputs/kprobe-user.h"
SEC("kprobe/__x64_sys_openat")
int BPF_KPROBE(on_openat, struct pt_regs *regs) { return 0; }

// CHECK: attach-name-fixit.c:[[@LINE+2]]:1: warning: '?kretprobe/__arm64_sys_close' attaches to the arm64 syscall wrapper only; use SEC("?kretsyscall/close")
// CHECK: fix-it:"{{.*}}attach-name-fixit.c":{[[@LINE+1]]:5-[[@LINE+1]]:35}:"\"?kretsyscall/close\""
SEC("?kretprobe/__arm64_sys_close")
int BPF_KRETPROBE(on_close_ret, long ret) { return 0; }

// Not a syscall wrapper: nothing to say.
SEC("kprobe/do_sys_openat2")
int BPF_KPROBE(on_openat2) { return 0; }

// A name assembled from an arch-selected prefix is portable already (the
// kernel's selftests do this): no warning.
#define SYS_PREFIX "__x64_"
SEC("kprobe/" SYS_PREFIX "sys_prctl")
int BPF_KPROBE(on_prctl) { return 0; }
// CHECK-NOT: warning:
