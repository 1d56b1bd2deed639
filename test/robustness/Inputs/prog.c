/* A small program with func_info, line_info and a CO-RE read; PROGNAME is
 * replaced to make different sources. */
#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task { int pid; long flags; } __attribute__((preserve_access_index));

static __attribute__((noinline)) int twice(int x)
{
	return 2 * x;
}

SEC("raw_tp")
int PROGNAME(struct task *t)
{
	return twice(BPF_CORE_READ(t, pid)) + (int)BPF_CORE_READ(t, flags);
}

char LICENSE[] SEC("license") = "GPL";
