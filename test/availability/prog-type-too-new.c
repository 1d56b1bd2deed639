// A program whose type (from its SEC, classified by libbpf) the target
// lacks is an error at the program, naming the release of the type.
// RUN: not %bpfcc %bpf_cflags --target-kernel=5.4 -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: %bpfcc %bpf_cflags --target-kernel=5.7 -c %s -o %t.o
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("lsm/file_open")
int check_open(void *ctx) { return 0; }
char LICENSE[] SEC("license") = "GPL";

// CHECK: prog-type-too-new.c:9:5: error: program type BPF_PROG_TYPE_LSM of SEC("lsm/file_open") needs Linux 5.7, but the target kernel is 5.4
// CHECK: 1 error generated.
