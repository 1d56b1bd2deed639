/* A CO-RE enum-value relocation on a 64-bit enum. */
#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

enum wide { WIDE = 0x123456789ULL };

SEC("raw_tp")
int prog(void *ctx)
{
	return bpf_core_enum_value_exists(enum wide, WIDE);
}

char LICENSE[] SEC("license") = "GPL";
