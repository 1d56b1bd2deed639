// Erroneous C: a syntax error in a program. bpfcc prints exactly clang's
// diagnostics (no crash, nothing of its own), fails like clang and writes
// no object; also with --target-kernel, where the plugin's features are on.
// RUN: rm -rf %t && mkdir %t
// RUN: not %clang -target bpf -g -O2 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/clang.o 2> %t/clang.err
// RUN: not %bpfcc -g -O2 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/bpfcc.o 2> %t/bpfcc.err
// RUN: diff %t/clang.err %t/bpfcc.err
// RUN: not %clang -target bpf -mcpu=v3 -g -O2 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/clang.o 2> %t/clang-5.10.err
// RUN: not %bpfcc --target-kernel=5.10 -g -O2 -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t/bpfcc.o 2> %t/bpfcc-5.10.err
// RUN: diff %t/clang-5.10.err %t/bpfcc-5.10.err
// RUN: FileCheck %s < %t/bpfcc.err
// RUN: ls -A %t | FileCheck --check-prefix=FILES --implicit-check-not=.o %s
// CHECK: error: expected ';' after return statement
// FILES: bpfcc-5.10.err
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	return XDP_PASS
}

char LICENSE[] SEC("license") = "GPL";
