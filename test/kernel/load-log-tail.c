// --log-tail N limits the verifier log shown for a failure to its last N
// lines; --log-tail 0 shows none.
//
// REQUIRES: bpf-load
// RUN: %clang %bpf_cflags -c %s -o %t.o
// RUN: not %bpfcc-load --log-tail 2 %t.o | FileCheck %s --check-prefix=TWO
// RUN: not %bpfcc-load --log-tail 0 %t.o | FileCheck %s --check-prefix=NONE

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

// TWO:      prog name=read_past_ctx section=socket type=socket_filter result=fail errno=13 insns=1{{$}}
// TWO-NEXT: {{^  }}invalid bpf_context access off=4096 size=4
// TWO-NEXT: {{^  }}processed {{[0-9]+}} insns {{.*$}}
// TWO-NOT:  {{.}}
// NONE:      prog name=read_past_ctx section=socket type=socket_filter result=fail errno=13 insns=1{{$}}
// NONE-NOT:  {{.}}
SEC("socket")
int read_past_ctx(struct __sk_buff *skb)
{
	// __sk_buff is far smaller than 4 KiB.
	return *((int *)skb + 1024);
}

char LICENSE[] SEC("license") = "GPL";
