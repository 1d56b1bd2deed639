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
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

SEC("raw_tp/sched_process_exec")
int BPF_PROG(on_exec, struct task_struct *p) {
  pid_t ppid = BPF_CORE_READ(p, real_parent, tgid);
  if (bpf_core_field_exists(p->pid) && bpf_core_type_exists(struct task_struct))
    bpf_printk("exec ppid=%d size=%d", ppid, bpf_core_field_size(p->comm));
  return 0;
}

char LICENSE[] SEC("license") = "GPL";
