// Erroneous C: a header that does not exist. bpfcc prints exactly clang's
// fatal error (no crash, nothing of its own), fails like clang and writes
// no object; also with --target-kernel.
// RUN: rm -rf %t && mkdir %t
// RUN: not %clang -target bpf -g -O2 -c %s -o %t/clang.o 2> %t/clang.err
// RUN: not %bpfcc -g -O2 -c %s -o %t/bpfcc.o 2> %t/bpfcc.err
// RUN: diff %t/clang.err %t/bpfcc.err
// RUN: not %clang -target bpf -mcpu=v3 -g -O2 -c %s -o %t/clang.o 2> %t/clang-5.10.err
// RUN: not %bpfcc --target-kernel=5.10 -g -O2 -c %s -o %t/bpfcc.o 2> %t/bpfcc-5.10.err
// RUN: diff %t/clang-5.10.err %t/bpfcc-5.10.err
// RUN: FileCheck %s < %t/bpfcc.err
// RUN: ls -A %t | FileCheck --check-prefix=FILES --implicit-check-not=.o %s
// CHECK: fatal error: 'bpfcc-no-such-header.h' file not found
// FILES: bpfcc-5.10.err
#include "bpfcc-no-such-header.h"

int prog(void *ctx)
{
	return 0;
}
