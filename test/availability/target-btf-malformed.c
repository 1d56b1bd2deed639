// A --target-btf file that is not good BTF: the availability checks read it
// through bpfcc's checked view (plugin/RawBTF.cpp), and a truncated or
// garbled file is one clear error naming the file and what is wrong, with no
// object written. A host BTF truncated inside its type section, one whose
// header points past the end, and a file that is not BTF at all.
// REQUIRES: host-btf
// RUN: rm -rf %t && mkdir -p %t
// RUN: head -c 1000000 /sys/kernel/btf/vmlinux > %t/truncated
// RUN: not %bpfcc %bpf_cflags --target-btf=%t/truncated -c %s -o %t/a.o 2>&1 | FileCheck %s --check-prefix=TRUNC
// RUN: not test -e %t/a.o
// RUN: head -c 24 /sys/kernel/btf/vmlinux > %t/header-only
// RUN: not %bpfcc %bpf_cflags --target-btf=%t/header-only -c %s -o %t/a.o 2>&1 | FileCheck %s --check-prefix=HDR
// RUN: echo 'not BTF at all' > %t/text
// RUN: not %bpfcc %bpf_cflags --target-btf=%t/text -c %s -o %t/a.o 2>&1 | FileCheck %s --check-prefix=TEXT
// RUN: not test -e %t/a.o
// TRUNC: error: bpfcc: cannot read the target BTF {{.*}}/truncated: bad BTF header (header length or section bounds)
// TRUNC-NOT: error:
// HDR: error: bpfcc: cannot read the target BTF {{.*}}/header-only: bad BTF header (header length or section bounds)
// TEXT: error: bpfcc: cannot read the target BTF {{.*}}/text: {{.+}}
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	return bpf_get_prandom_u32() & 1 ? XDP_PASS : XDP_DROP;
}
char LICENSE[] SEC("license") = "GPL";
