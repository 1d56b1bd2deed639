// The plugin changes nothing when no feature applies: the object is
// byte-identical to clang-19's, at -O2 and at -O0.
// RUN: %clang %bpf_cflags -c %s -o %t.ref.o
// RUN: %clang %bpf_cflags -fplugin=%plugin -c %s -o %t.o
// RUN: cmp %t.ref.o %t.o
// RUN: %clang %bpf_cflags -O0 -c %s -o %t.ref0.o
// RUN: %clang %bpf_cflags -O0 -fplugin=%plugin -c %s -o %t0.o
// RUN: cmp %t.ref0.o %t0.o

#include <linux/bpf.h>
#include <linux/pkt_cls.h>
#include <bpf/bpf_helpers.h>

static __noinline int classify(struct __sk_buff *skb) {
  return skb->len > 1000 ? TC_ACT_SHOT : TC_ACT_OK;
}

SEC("tc")
int tc_len(struct __sk_buff *skb) { return classify(skb); }

char LICENSE[] SEC("license") = "GPL";
