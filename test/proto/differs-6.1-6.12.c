// lsm/inode_setattr changed between the two Debian kernels: 6.1 passes
// (struct dentry *dentry, struct iattr *attr), 6.12 (since 6.3) first a
// struct mnt_idmap *idmap. A program written for 6.1 compiles cleanly
// against 6.1's BTF and is diagnosed against 6.12's: every slot has shifted
// by one ('dentry' where 6.12 passes 'idmap', 'attr' where it passes
// 'dentry', 'ret' where it passes 'attr').
// REQUIRES: vm-6.1, vm-6.12
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc-vmtest --kernel 6.1 --btf-out %t/btf-6.1
// RUN: %bpfcc-vmtest --kernel 6.12 --btf-out %t/btf-6.12
// RUN: %bpfcc %bpf_cflags --target-btf=%t/btf-6.1 -Werror -c %s -o %t/61.o 2>&1 | FileCheck %s --check-prefix=V61 --allow-empty
// V61-NOT: {{.}}
// RUN: not %bpfcc %bpf_cflags --target-btf=%t/btf-6.12 -c %s -o %t/612.o 2>&1 | FileCheck %s --check-prefix=V612

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct dentry;
struct iattr;

SEC("lsm/inode_setattr")
int BPF_PROG(setattr, struct dentry *dentry, struct iattr *attr, int ret)
// V612: differs-6.1-6.12.c:[[@LINE-1]]:38: error: argument 'dentry' does not match the kernel's 'struct mnt_idmap *idmap': 'struct dentry *' points to a different type than the kernel's 'struct mnt_idmap *'
// V612: differs-6.1-6.12.c:[[@LINE-2]]:14: note: the kernel passes 'lsm/inode_setattr' these arguments: (struct mnt_idmap *idmap, struct dentry *dentry, struct iattr *attr, int ret)
// V612: differs-6.1-6.12.c:[[@LINE-3]]:60: error: argument 'attr' does not match the kernel's 'struct dentry *dentry': 'struct iattr *' points to a different type than the kernel's 'struct dentry *'
// V612: differs-6.1-6.12.c:[[@LINE-4]]:70: error: 'ret' is read from the slot of argument 'attr': the return value comes after all 3 arguments of 'lsm/inode_setattr'
{
	return ret;
}

char LICENSE[] SEC("license") = "GPL";
