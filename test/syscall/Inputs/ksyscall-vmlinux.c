/* BPF_KSYSCALL with kernel types from the host's vmlinux.h (x86). */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

long seen;

SEC("ksyscall/openat")
int BPF_KSYSCALL(trace_openat, int dfd, const char *filename, int flags, int mode)
{
	char buf[16];

	bpf_probe_read_user_str(buf, sizeof(buf), filename);
	seen += dfd + flags + mode;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
