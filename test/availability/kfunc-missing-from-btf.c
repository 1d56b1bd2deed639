// With --target-btf the target's BTF decides: bpf_iter_num_new (a kfunc
// since 6.4) is no FUNC of Debian's 6.1 kernel, so calling it is an error
// at the call; bpf_lookup_user_key (6.1) is there and compiles. A __weak
// kfunc may be missing (libbpf resolves it to 0; bpf_ksym_exists() tests it).
// REQUIRES: vm-6.1
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc-vmtest --kernel 6.1 --btf-out %t/btf
// RUN: not %bpfcc %bpf_cflags --target-btf=%t/btf -DMISSING -c %s -o %t/o.o 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags --target-btf=%t/btf -c %s -o %t/o.o
// RUN: %bpfcc %bpf_cflags --target-btf=%t/btf -DMISSING -DWEAK=__weak -c %s -o %t/o.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#ifndef WEAK
#define WEAK
#endif
struct bpf_iter_num;
struct bpf_key;
extern int bpf_iter_num_new(struct bpf_iter_num *it, int start, int end) __ksym WEAK;
extern struct bpf_key *bpf_lookup_user_key(__u32 serial, __u64 flags) __ksym;

SEC("lsm.s/bpf")
int prog(void *ctx)
{
#ifdef MISSING
	if (bpf_iter_num_new(0, 0, 1))
		return 0;
#endif
	return bpf_lookup_user_key(0, 0) != 0;
}
char LICENSE[] SEC("license") = "GPL";

// CHECK: kfunc-missing-from-btf.c:26:6: error: kfunc 'bpf_iter_num_new' is not in the target kernel: {{.*}}/btf has no function 'bpf_iter_num_new'
// CHECK: kfunc-missing-from-btf.c:19:12: note: 'bpf_iter_num_new' is declared here as a kfunc
// CHECK: 1 error generated.
