/* Record the arguments of openat (4) and mmap (6) as BPF_KSYSCALL reads
 * them, for the process whose tgid the runner (values-runner.c) writes
 * into target_tgid. The runner calls both syscalls with distinctive
 * values and prints what was recorded: test/syscall/values-*.c.
 *
 * User-space headers (linux/types.h, asm/ptrace.h of the target arch), as
 * libbpf-bootstrap-style tracers are written, except on x86, where
 * libbpf's macros need the kernel's register names (docs/syscalls.md,
 * known limits): vmlinux.h there.
 */
#ifdef __TARGET_ARCH_x86
#include "vmlinux.h"
#else
#include <linux/types.h>
#include <asm/ptrace.h>
#endif
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct openat_args {
	__u64 calls;
	__s64 dfd;
	__s64 flags;
	__s64 mode;
	char path[32];
};

struct mmap_args {
	__u64 calls;
	__u64 addr, len, prot, flags, fd, off;
};

/* The only .data variable: the runner finds it at offset 0. */
__u32 target_tgid = 1;
struct openat_args openat_seen;
struct mmap_args mmap_seen;

static __always_inline int mine(void)
{
	return (bpf_get_current_pid_tgid() >> 32) == target_tgid;
}

SEC("ksyscall/openat")
int BPF_KSYSCALL(trace_openat, int dfd, const char *path, int flags, int mode)
{
	if (!mine())
		return 0;
	openat_seen.calls++;
	openat_seen.dfd = dfd;
	openat_seen.flags = flags;
	openat_seen.mode = mode;
	bpf_probe_read_user_str(openat_seen.path, sizeof(openat_seen.path), path);
	return 0;
}

/* libbpf 1.1's BPF_KSYSCALL reads at most 5 arguments; bpfcc's
 * bpf_tracing.h wrapper (x86, arm64, s390, riscv) adds the sixth. */
#ifdef ___bpf_syscall_args6
SEC("ksyscall/mmap")
int BPF_KSYSCALL(trace_mmap, unsigned long addr, unsigned long len,
		 unsigned long prot, unsigned long flags, unsigned long fd,
		 unsigned long off)
{
	if (!mine())
		return 0;
	mmap_seen.calls++;
	mmap_seen.addr = addr;
	mmap_seen.len = len;
	mmap_seen.prot = prot;
	mmap_seen.flags = flags;
	mmap_seen.fd = fd;
	mmap_seen.off = off;
	return 0;
}
#endif

char LICENSE[] SEC("license") = "GPL";
