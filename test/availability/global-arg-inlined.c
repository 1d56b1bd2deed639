// Whether a global function is a subprogram the verifier checks on its own
// is the optimizer's decision: a call it inlines leaves no call, and the
// kernel never sees the function's arguments. So a pointer parameter of a
// global function is judged only where a call remains after optimization:
// at -O2 'first' below is inlined and nothing is reported; at -O0 the call
// stays and, for a 5.10 target, it is an error.
// RUN: %bpfcc %bpf_cflags --target-kernel=5.10 -c %s -o %t.o 2>&1 | count 0
// RUN: llvm-objdump-19 -d %t.o | FileCheck %s --check-prefix=INLINED
// RUN: not %bpfcc %bpf_cflags -O0 --target-kernel=5.10 -c %s -o %t.o 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

int first(const char *s)
{
	return s[0];
}
// CHECK: global-arg-inlined.c:[[@LINE-4]]:23: error: pointer parameter 's' of global function 'first' needs Linux 5.12, but the target kernel is 5.10

SEC("xdp")
int on_packet(struct xdp_md *ctx)
{
	char word[4] = "abc";

	return first(word) == 'a' ? XDP_PASS : XDP_DROP;
}
// INLINED: <on_packet>:
// INLINED-NOT: call
// INLINED: exit
char LICENSE[] SEC("license") = "GPL";
