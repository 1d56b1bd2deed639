// A post-processing error names the user's files, never the driver's
// temporary ones (.x.o.bpfcc-XXXXXX): the output when bpfcc compiled the
// object, the input object in standalone mode. Extern (.kconfig) variables
// cannot be lowered for 4.18 (global data needs 5.2). One error line, no
// output, no temporary file left.
// RUN: rm -rf %t && mkdir -p %t/out
// RUN: not %bpfcc %bpf_cflags --target-kernel=4.18 -c %s -o %t/out/x.o 2> %t/err
// RUN: FileCheck --check-prefix=COMPILE %s --match-full-lines < %t/err
// RUN: count 1 < %t/err
// RUN: ls -A %t/out | count 0
// RUN: %clang %bpf_cflags -c %s -o %t/in.o
// RUN: not %bpfcc --target-kernel=4.18 %t/in.o -o %t/out/y.o 2> %t/err2
// RUN: FileCheck --check-prefix=STANDALONE %s --match-full-lines < %t/err2
// RUN: count 1 < %t/err2
// RUN: ls -A %t/out | count 0
// COMPILE: bpfcc: error: {{.*}}/out/x.o: DATASEC '.kconfig' (extern variables) cannot be lowered for Linux 4.18: global data needs 5.2
// STANDALONE: bpfcc: error: {{.*}}/in.o: DATASEC '.kconfig' (extern variables) cannot be lowered for Linux 4.18: global data needs 5.2
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern int LINUX_KERNEL_VERSION __kconfig;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	return LINUX_KERNEL_VERSION > 5 ? XDP_DROP : XDP_PASS;
}
char LICENSE[] SEC("license") = "GPL";
