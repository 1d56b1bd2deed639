// Calls in subprograms count for every program that reaches them, static
// and global alike, through any depth: the kprobe program may call
// bpf_get_current_pid_tgid, the xdp program may not on 6.1, so the one call
// in the static function is an error for the xdp program only, with a note
// saying how the program reaches it. A subprogram no program of a refused
// type reaches is not an error.
// RUN: not %bpfcc %bpf_cflags --target-kernel=6.1 -c %s -o %t.o 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static __attribute__((noinline)) int pid_low_bit(void)
{
	return bpf_get_current_pid_tgid() & 1;
}

__attribute__((noinline)) int global_sub(void *ctx)
{
	return pid_low_bit();
}

__attribute__((noinline)) int only_from_kprobe(void *ctx)
{
	return bpf_get_current_pid_tgid() & 2;
}

SEC("kprobe/do_nanosleep")
int on_sleep(void *ctx)
{
	return global_sub(ctx) + only_from_kprobe(ctx);
}

SEC("xdp")
int on_packet(struct xdp_md *ctx)
{
	return global_sub(ctx) ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";

// CHECK: helper-prog-type-subprogram.c:13:9: error: BPF helper 'bpf_get_current_pid_tgid' cannot be called from program 'on_packet' (SEC("xdp")): Linux 6.1 refuses it for program type xdp; the oldest probed kernel that allows it is Linux 6.12
// CHECK: helper-prog-type-subprogram.c:33:5: note: 'on_packet' reaches the call through 'pid_low_bit'
// CHECK: 1 error generated.
