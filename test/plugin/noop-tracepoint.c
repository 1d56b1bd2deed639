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

struct sched_switch_args {
  unsigned long long pad;
  char prev_comm[16];
  int prev_pid;
};

SEC("tracepoint/sched/sched_switch")
int on_switch(struct sched_switch_args *ctx) {
  return ctx->prev_pid == 0;
}

char LICENSE[] SEC("license") = "GPL";
