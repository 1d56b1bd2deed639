/* Shared by the auto CO-RE corpus: bcc-tool-style tracing programs written
 * with plain pointer chains. Built with -DTWIN, each program instead uses
 * the hand-written BPF_CORE_READ / bpf_probe_read_* code a libbpf-tools
 * author writes today: the twin that the values and the costs are compared
 * with (docs/auto-core.md). */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

#ifdef TWIN
#define PLAIN(x)
#define HAND(x) x
#else
#define PLAIN(x) x
#define HAND(x)
#endif

struct event {
	__u32 pid, ppid, uid;
	__s64 val, val2;
	char comm[16];
	char name[32];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} events SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u64);
} stash SEC(".maps");

char LICENSE[] SEC("license") = "GPL";
