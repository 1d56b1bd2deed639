// REQUIRES: host-btf
// The plugin changes nothing when no feature applies, at -O2 and at -O0.
// This program includes vmlinux.h: see Inputs/same-code-and-btf.sh for why
// only the order of clang's trailing FWD types may differ.
// RUN: %clang %bpf_cflags -c %s -o %t.ref.o
// RUN: %clang %bpf_cflags -fplugin=%plugin -c %s -o %t.o
// RUN: sh %S/Inputs/same-code-and-btf.sh %t.ref.o %t.o
// RUN: %clang %bpf_cflags -O0 -c %s -o %t.ref0.o
// RUN: %clang %bpf_cflags -O0 -fplugin=%plugin -c %s -o %t0.o
// RUN: sh %S/Inputs/same-code-and-btf.sh %t.ref0.o %t0.o

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(unlink_entry, int dfd, struct filename *name) {
  bpf_printk("unlinkat dfd=%d", dfd);
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
