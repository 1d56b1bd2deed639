// --bpfcc-no-proto-check turns the checks off: a wrong list compiles, and
// no kernel BTF is read for them (a missing --target-btf is not even
// noticed once the availability checks, which read it too, are off).
// RUN: %bpfcc %bpf_cflags --bpfcc-no-proto-check -c %s -o %t.o 2>&1 | FileCheck %s --allow-empty
// RUN: %clang %bpf_cflags -fplugin=%plugin -fplugin-arg-bpfcc-no-availability -fplugin-arg-bpfcc-no-proto-check -fplugin-arg-bpfcc-target-btf=%t.missing -c %s -o %t.o 2>&1 | FileCheck %s --allow-empty
// CHECK-NOT: {{.}}

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("fentry/vfs_read")
int BPF_PROG(rd, int file, int buf, int a, int b, int c, int d)
{
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
