// A helper a program type lost between two probed kernels: 5.10 lets
// lwt_seg6local programs call bpf_skb_pull_data, Debian's 6.1 and 6.12 do
// not (6.1's lwt_seg6local_func_proto returns NULL for it), the host's 6.18
// does again. The release that took it lies somewhere after 5.10, so the
// 6.1 row marks it removed: an error for the target 6.1 itself, none for
// 5.11-6.0, which 6.1 judges too (plugin/gen/gen-helper-prog-types.py).
// RUN: not %bpfcc %bpf_cflags --target-kernel=6.1 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=K61 %s
// RUN: %bpfcc %bpf_cflags --target-kernel=5.15 -c %s -o %t.o
// RUN: %bpfcc %bpf_cflags --target-kernel=5.10 -c %s -o %t.o
// 6.12 refuses it as 6.1 did: no doubt left for the targets it judges.
// RUN: not %bpfcc %bpf_cflags --target-kernel=6.5 -c %s -o %t.o 2>&1 | FileCheck --check-prefix=K65 %s
// RUN: %bpfcc %bpf_cflags --target-kernel=6.13 -c %s -o %t.o
//
// The host's refusal of bpf_probe_write_user (its lockdown) is a
// configuration, not the type's: 6.18 refuses it to every variant it
// probed, so its rows keep what 6.12 allowed, and 6.13-6.18 are not
// errors.
// RUN: %bpfcc %bpf_cflags --target-kernel=6.18 -DWRITE_USER -c %s -o %t.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("lwt_seg6local")
int pull(struct __sk_buff *skb)
{
	return bpf_skb_pull_data(skb, 14) ? BPF_DROP : BPF_OK;
}

#ifdef WRITE_USER
SEC("kprobe/do_nanosleep")
int poke(void *ctx)
{
	static char buf[4];

	return bpf_probe_write_user((void *)0x1000, buf, sizeof(buf));
}
#endif
char LICENSE[] SEC("license") = "GPL";

// K61: helper-prog-type-removed.c:25:9: error: BPF helper 'bpf_skb_pull_data' cannot be called from program 'pull' (SEC("lwt_seg6local")): Linux 6.1 refuses it for program type lwt_seg6local; the oldest probed kernel that allows it is Linux 6.18; Linux 5.10 allowed it too
// K61: 1 error generated.
// K65: error: BPF helper 'bpf_skb_pull_data' cannot be called from program 'pull' (SEC("lwt_seg6local")): Linux 6.12 (the nearest probed kernel above the target 6.5) refuses it for program type lwt_seg6local
