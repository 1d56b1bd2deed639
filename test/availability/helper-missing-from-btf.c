// With --target-btf, helpers are checked against the target's enum
// bpf_func_id: bpf_cgrp_storage_get (helper 210, Linux 6.2) is not in
// Debian's 6.1 kernel, bpf_user_ringbuf_drain (209, 6.1) is. The release
// comes from the table, the verdict from the BTF.
// REQUIRES: vm-6.1
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc-vmtest --kernel 6.1 --btf-out %t/btf
// RUN: not %bpfcc %bpf_cflags --target-btf=%t/btf -DMISSING -c %s -o %t/o.o 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags --target-btf=%t/btf -c %s -o %t/o.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static long drain_cb(struct bpf_dynptr *d, void *ctx) { return 0; }

struct {
	__uint(type, BPF_MAP_TYPE_USER_RINGBUF);
	__uint(max_entries, 4096);
} ubuf SEC(".maps");

SEC("tp_btf/sched_switch")
int prog(void *ctx)
{
#ifdef MISSING
	bpf_cgrp_storage_get(0, 0, 0, 0);
#endif
	return bpf_user_ringbuf_drain(&ubuf, drain_cb, 0, 0);
}
char LICENSE[] SEC("license") = "GPL";

// CHECK: helper-missing-from-btf.c:24:2: error: BPF helper 'bpf_cgrp_storage_get' is not in the target kernel: enum bpf_func_id in {{.*}}/btf has no BPF_FUNC_cgrp_storage_get (210); it was added in Linux 6.2
// CHECK: 1 error generated.
