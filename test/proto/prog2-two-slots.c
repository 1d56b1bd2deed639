// A struct of 9..16 bytes passed by value takes two slots (6.12's
// socket_getpeersec_stream passes sockptr_t optval, optlen). BPF_PROG reads
// one slot per argument: an error; BPF_PROG2 with the struct type is right.
// REQUIRES: vm-6.12
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc-vmtest --kernel 6.12 --btf-out %t/btf
// RUN: bpftool btf dump file %t/btf format c > %t/vmlinux.h
// RUN: not %bpfcc -g -O2 -target bpf -D__TARGET_ARCH_x86 -I%t -idirafter /usr/include/x86_64-linux-gnu --target-btf=%t/btf -fdiagnostics-parseable-fixits -c %s -o %t/o.o 2>&1 | FileCheck %s

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

SEC("lsm/socket_getpeersec_stream")
int BPF_PROG(one_slot, struct socket *sock, char *optval)
// CHECK: prog2-two-slots.c:[[@LINE-1]]:51: error: the kernel passes 'sockptr_t optval' by value in 2 slots; declare it with that type in BPF_PROG2(name, type, arg, ...)
// CHECK: fix-it:"{{.*}}":{[[@LINE-2]]:45-[[@LINE-2]]:51}:"sockptr_t"
// CHECK-NEXT: prog2-two-slots.c:[[@LINE-3]]:14: note: the kernel passes 'lsm/socket_getpeersec_stream' these arguments: (struct socket *sock, sockptr_t optval, sockptr_t optlen, unsigned int len, int ret)
{
	return 0;
}

SEC("lsm/socket_getpeersec_stream")
int BPF_PROG2(two_slots, struct socket *, sock, sockptr_t, optval, sockptr_t, optlen, unsigned int, len, int, ret)
// CHECK-NOT: prog2-two-slots.c:[[@LINE-1]]
{
	return ret;
}

char LICENSE[] SEC("license") = "GPL";
