// Only code clang emits is checked: a static function that nothing calls
// (like the static inline helpers of a header) may use bpf_loop for a 5.10
// target; one that a program calls, even indirectly, may not.
// RUN: %bpfcc %bpf_cflags --target-kernel=5.10 -c %s -o %t.o
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.10 -DUSE -c %s -o %t.o 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static int cb(__u32 i, void *ctx) { return 0; }

static inline int loop4(void) { return bpf_loop(4, cb, 0, 0); }
static __attribute__((noinline)) int middle(void) { return loop4(); }

SEC("xdp")
int prog(struct xdp_md *ctx)
{
#ifdef USE
	return middle();
#endif
	return XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";

// CHECK: unused-code-not-checked.c:11:40: error: BPF helper 'bpf_loop' needs Linux 5.17, but the target kernel is 5.10
// CHECK: 1 error generated.
