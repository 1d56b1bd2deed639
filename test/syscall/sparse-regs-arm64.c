// arm64 kprobe.multi programs get a pt_regs built from ftrace_regs: reading
// anything but x0-x8, fp, lr, sp and pc is a warning naming the field.
// kprobe programs (a real pt_regs) and other arches are not concerned.
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_arm64 -I %S/Inputs/uapi/arm64 -idirafter /usr/include/x86_64-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_arm64 -I %S/Inputs/uapi/arm64 -idirafter /usr/include/x86_64-linux-gnu -Wno-bpfcc-sparse-pt-regs -fsyntax-only %s 2>&1 | FileCheck %s --allow-empty --check-prefix=OFF
// OFF-NOT: warning:
#include "Inputs/kprobe-user.h"
long seen;

// CHECK: sparse-regs-arm64.c:[[@LINE+5]]:40: warning: pt_regs field 'pstate' is not filled in for kprobe.multi programs on arm64: fprobe builds pt_regs from ftrace_regs, which has only x0-x8, fp, lr, sp and pc [-Wbpfcc-sparse-pt-regs]
// CHECK: sparse-regs-arm64.c:[[@LINE+5]]:40: warning: pt_regs field 'regs[19] (x19)' is not filled in
SEC("kprobe.multi/do_sys_*")
int BPF_KPROBE(multi, long a0, long a1)
{
	seen += ((struct user_pt_regs *)ctx)->pstate;
	seen += ((struct user_pt_regs *)ctx)->regs[19];
	seen += PT_REGS_SP(ctx) + PT_REGS_IP(ctx) + PT_REGS_FP(ctx) + PT_REGS_RET(ctx);
	seen += a0 + a1 + ((struct user_pt_regs *)ctx)->regs[8];
	return 0;
}

// Through a helper function that gets the context.
static __always_inline long flags_of(struct pt_regs *regs)
{
	return ((struct user_pt_regs *)regs)->pstate;
}
// CHECK: sparse-regs-arm64.c:[[@LINE-2]]:40: warning: pt_regs field 'pstate' is not filled in
SEC("kretprobe.multi/do_sys_*")
int multi_ret(struct pt_regs *ctx)
{
	return flags_of(ctx);
}

SEC("kprobe/do_sys_openat2")
int BPF_KPROBE(single)
{
	seen += ((struct user_pt_regs *)ctx)->pstate;
	return 0;
}
// CHECK-NOT: warning:
