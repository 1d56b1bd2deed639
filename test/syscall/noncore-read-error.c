// With user-space headers and without bpfcc's wrapper (plain plugin here),
// libbpf 1.1's struct pt_regs___arm64 has no preserve_access_index: a
// direct read of orig_x0 would load offset 0 (x0). That is an error. The
// same read through BPF_CORE_READ is fine. (Automatic CO-RE, off here, would
// rewrite the read instead: test/autocore.)
// RUN: not %clang -g -O2 -target bpf -fplugin=%plugin -fplugin-arg-bpfcc-no-auto-core -D__TARGET_ARCH_arm64 -I %S/Inputs/uapi/arm64 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.o 2>&1 | FileCheck %s
// Through the driver, the flavor is bpfcc's own, with preserve_access_index:
// the same code compiles and the offset is relocated (automatic CO-RE turns
// the direct read into the same relocated probe read as BPF_CORE_READ's, and
// the two share the one relocated address).
// RUN: %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_arm64 -I %S/Inputs/uapi/arm64 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.o
// RUN: %bpfcc-dump --core-relo %t.o | FileCheck %s --check-prefix=RELO
// CHECK: noncore-read-error.c:[[@LINE+11]]:50: error: non-CO-RE read of kernel-internal field 'orig_x0' of 'struct pt_regs___arm64': its offset is not ABI and differs from the kernel's
// CHECK: note: read it with BPF_CORE_READ() (or PT_REGS_PARMn_CORE_SYSCALL()), or declare the struct with __attribute__((preserve_access_index))
// CHECK-NOT: error:
// RELO: STRUCT 'pt_regs___arm64' access='0:1': pt_regs___arm64::orig_x0
#include "Inputs/kprobe-user.h"
long seen;

SEC("kprobe/do_sys_openat2")
int on_open(struct pt_regs *ctx)
{
	const void *regs = (const void *)PT_REGS_PARM1(ctx);
	seen += ((const struct pt_regs___arm64 *)regs)->orig_x0;
	seen += BPF_CORE_READ((const struct pt_regs___arm64 *)regs, orig_x0);
	return 0;
}
