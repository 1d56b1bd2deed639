// bpfcc-dump --btf prints .BTF in exactly the text of Debian's bpftool 7.1
// (`bpftool btf dump file`), for a source using every BTF kind.
// RUN: %clang -g -O2 -target bpf -idirafter /usr/include/x86_64-linux-gnu -c %s -o %t.o
// RUN: %bpfcc-dump --btf %t.o > %t.ours
// RUN: bpftool btf dump file %t.o > %t.bpftool
// RUN: diff %t.bpftool %t.ours
// The comparison covers the kinds that matter:
// RUN: FileCheck %s < %t.ours
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __tag(x) __attribute__((btf_decl_tag(x)))
#define __ttag(x) __attribute__((btf_type_tag(x)))

struct fwd_only;
enum sign { NEG = -1, POS = 1 };
enum wide { WIDE = 0x123456789ULL };
union u {
	int i;
	float f;
};
struct all {
	unsigned int bits : 5;
	unsigned int more : 11;
	enum sign s;
	enum wide w;
	union u u;
	int arr[3];
	struct fwd_only *fwd;
	int __ttag("user") *tagged;
	double d __tag("member");
	const volatile int cv;
	_Bool flag;
	char c;
	int (*fn)(int, ...);
};

struct all global_all;
static volatile const int ro_value = 3;
typedef unsigned long ulong_t;

__attribute__((noinline)) int
sub(struct all *a __tag("param"), ulong_t n) __tag("func")
{
	return a->bits + (int)n + ro_value;
}

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	return sub(&global_all, ctx->ingress_ifindex);
}

char LICENSE[] SEC("license") = "GPL";

// CHECK-DAG: STRUCT 'all' size={{[0-9]+}} vlen=13
// CHECK-DAG: 'more' type_id={{[0-9]+}} bits_offset=5 bitfield_size=11
// CHECK-DAG: ENUM 'sign' encoding=SIGNED size=4 vlen=2
// CHECK-DAG: 'NEG' val=-1
// CHECK-DAG: ENUM64 'wide' encoding=UNSIGNED size=8 vlen=1
// CHECK-DAG: 'WIDE' val=4886718345ULL
// CHECK-DAG: UNION 'u' size=4 vlen=2
// CHECK-DAG: FLOAT 'float' size=4
// CHECK-DAG: FWD 'fwd_only' fwd_kind=struct
// CHECK-DAG: TYPE_TAG 'user' type_id=
// CHECK-DAG: DECL_TAG 'member' type_id={{[0-9]+}} component_idx=8
// CHECK-DAG: DECL_TAG 'param' type_id={{[0-9]+}} component_idx=0
// CHECK-DAG: DECL_TAG 'func' type_id={{[0-9]+}} component_idx=-1
// CHECK-DAG: FUNC 'sub' type_id={{[0-9]+}} linkage=global
// CHECK-DAG: FUNC_PROTO '(anon)' ret_type_id={{[0-9]+}} vlen=2
// CHECK-DAG: VAR 'global_all' type_id={{[0-9]+}}, linkage=global
// CHECK-DAG: VAR 'ro_value' type_id={{[0-9]+}}, linkage=static
// CHECK-DAG: DATASEC '.bss' size=0 vlen=1
// CHECK-DAG: DATASEC '.rodata' size=0 vlen=1
// CHECK-DAG: INT '_Bool' size=1 bits_offset=0 nr_bits=8 encoding=BOOL
// CHECK-DAG: INT 'char' size=1 bits_offset=0 nr_bits=8 encoding=SIGNED
// CHECK-DAG: TYPEDEF 'ulong_t' type_id=
// CHECK-DAG: VOLATILE '(anon)' type_id=
// CHECK-DAG: ARRAY '(anon)' type_id={{[0-9]+}} index_type_id={{[0-9]+}} nr_elems=3
