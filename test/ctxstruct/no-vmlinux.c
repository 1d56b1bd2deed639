// Without vmlinux.h the struct still has the kernel's layout: pointers to
// kernel structs become pointers to forward declarations, typedefs what
// they name. The BTF of the object shows the struct, 8 bytes per slot
// (bits_offset 0, 64, 128, 192; lsm's 'ret' an int at 192).
// REQUIRES: host-btf
// RUN: %bpfcc -g -O2 -target bpf -c %s -o %t.o
// RUN: bpftool btf dump file %t.o | FileCheck %s
// CHECK: STRUCT 'lsm__file_mprotect' size=32 vlen=4
// CHECK-NEXT: 'vma' type_id=[[VMA:[0-9]+]] bits_offset=0
// CHECK-NEXT: 'reqprot' type_id={{[0-9]+}} bits_offset=64
// CHECK-NEXT: 'prot' type_id={{[0-9]+}} bits_offset=128
// CHECK-NEXT: 'ret' type_id={{[0-9]+}} bits_offset=192
// CHECK: [[VMA]]] PTR '(anon)' type_id=[[FWD:[0-9]+]]
// CHECK: [[FWD]]] FWD 'vm_area_struct' fwd_kind=struct

#define SEC(name) __attribute__((section(name), used))

SEC("lsm/file_mprotect")
int hook(struct lsm__file_mprotect *ctx)
{
	return ctx->ret ? ctx->ret : ctx->prot == 0 && ctx->vma != 0;
}

char LICENSE[] SEC("license") = "GPL";
