/* A syscall tracer written against user-space headers and the user's
 * libbpf (Debian's 1.1 here), the way libbpf-bootstrap programs are. */
#include <linux/types.h>
#include <asm/ptrace.h>
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
