/* An object with func_info, line_info and CO-RE records, for the
 * malformed-input tests to break (as test/dump/Inputs/prog.c). */
#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task { int pid; } __attribute__((preserve_access_index));

static __attribute__((noinline)) int twice(int x)
{
	return 2 * x;
}

SEC("raw_tp")
int prog(struct task *t)
{
	return twice(BPF_CORE_READ(t, pid));
}

char LICENSE[] SEC("license") = "GPL";
