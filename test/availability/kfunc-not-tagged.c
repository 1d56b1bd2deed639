// When the target BTF tags kfuncs ("bpf_kfunc" decl tags, as kernels built
// with pahole's decl_tag_kfuncs have), a function without the tag is no
// kfunc: the verifier would refuse the call ("calling kernel function ...
// is not allowed"), so it is an error here. The target BTF is a stand-in
// built with clang (Inputs/tagged-kernel.c).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %clang -g -O2 -target bpf -idirafter /usr/include/x86_64-linux-gnu -c %S/Inputs/tagged-kernel.c -o %t/kernel.o
// RUN: %bpfcc %bpf_cflags --target-btf=%t/kernel.o -c %s -o %t/o.o
// RUN: not %bpfcc %bpf_cflags --target-btf=%t/kernel.o -DPLAIN -c %s -o %t/o.o 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

extern int bpf_tagged_kfunc(int x) __ksym;
extern int plain_kernel_func(int x) __ksym;

SEC("tc")
int prog(struct __sk_buff *skb)
{
#ifdef PLAIN
	if (plain_kernel_func(1))
		return 1;
#endif
	return bpf_tagged_kfunc(0);
}
char LICENSE[] SEC("license") = "GPL";

// CHECK: kfunc-not-tagged.c:20:6: error: 'plain_kernel_func' is not a kfunc of the target kernel: {{.*}}kernel.o has no 'bpf_kfunc' tag on it
// CHECK: kfunc-not-tagged.c:14:12: note: 'plain_kernel_func' is declared here as a kfunc
// CHECK: 1 error generated.
