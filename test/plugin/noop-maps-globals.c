// The plugin changes nothing when no feature applies: the object is
// byte-identical to clang-19's, at -O2 and at -O0.
// RUN: %clang %bpf_cflags -c %s -o %t.ref.o
// RUN: %clang %bpf_cflags -fplugin=%plugin -c %s -o %t.o
// RUN: cmp %t.ref.o %t.o
// RUN: %clang %bpf_cflags -O0 -c %s -o %t.ref0.o
// RUN: %clang %bpf_cflags -O0 -fplugin=%plugin -c %s -o %t0.o
// RUN: cmp %t.ref0.o %t0.o

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct {
  __uint(type, BPF_MAP_TYPE_HASH);
  __uint(max_entries, 1024);
  __type(key, __u32);
  __type(value, __u64);
} counts SEC(".maps");

struct {
  __uint(type, BPF_MAP_TYPE_RINGBUF);
  __uint(max_entries, 4096);
} events SEC(".maps");

const volatile __u32 filter_pid = 0;  /* .rodata */
__u64 total = 0;                      /* .bss */
int enabled = 1;                      /* .data */

SEC("socket")
int count_packets(struct __sk_buff *skb) {
  __u32 key = skb->protocol;
  __u64 one = 1, *v;
  if (!enabled)
    return 0;
  v = bpf_map_lookup_elem(&counts, &key);
  if (v)
    __sync_fetch_and_add(v, 1);
  else
    bpf_map_update_elem(&counts, &key, &one, BPF_ANY);
  total++;
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
