/*
 * Shapes of C types whose BTF clang-19 emits in forms the object reader
 * must take and the lowering must leave (or make) acceptable to kernels:
 * forward declarations of a struct, a union and an enum (clang: ENUM of
 * size 0 and no values, which no kernel accepts; lowering gives it size
 * 4, as libbpf and pahole write forward enums), forward enums with a fixed
 * underlying type, empty structs and unions, zero-length and flexible
 * arrays, bitfields of bool, enum, signed and 64-bit types, zero-width and
 * unnamed bitfields, packed and over-aligned structs, a packed enum,
 * anonymous members, __int128, long double, variadic and typedef'd
 * function types, multi-dimensional arrays, const volatile restrict,
 * decl tags on a struct and a typedef, and _Atomic members and variables
 * (clang: type id 0, void, which no kernel accepts; lowering gives each an
 * array of unsigned char of its size).
 *
 * The map value holds a bpf_spin_lock: the kernel creates such a map, and
 * verifies a program that takes the lock, only with the object's BTF, so
 * the program loading proves the kernel accepted the .BTF (libbpf would
 * otherwise drop it silently and go on).
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct fwd_s;
union fwd_u;
enum fwd_e;
enum fwd_e64 : unsigned long long;
enum fwd_e8 : unsigned char;
enum __attribute__((packed)) packed_e { PE_A, PE_B };
typedef struct fwd_s fwd_s_t;
typedef int fn_t(int);

struct empty {};
union empty_u {};
struct zero_len { int n; int z[0]; };
struct flex { int n; char data[]; };
struct bits {
	unsigned int a : 3;
	signed int b : 5;
	unsigned long long c : 40;
	_Bool d : 1;
	enum packed_e e : 2;
	int : 0;
	int : 4;
	char after;
};
struct __attribute__((packed)) packed { char c; long l; short s; };
struct __attribute__((aligned(64))) over_aligned { char x; };
struct anon { union { int i; float f; }; struct { short lo, hi; }; };
struct wide { __int128 big; unsigned __int128 ubig; long double ld; };
struct tagged { int x; } __attribute__((btf_decl_tag("on_struct")));
struct atomics { int plain; _Atomic long atomic_counter; char after; };
typedef int __attribute__((btf_decl_tag("on_typedef"))) tagged_int;

struct shapes {
	struct fwd_s *fs;
	union fwd_u *fu;
	enum fwd_e *fe;
	enum fwd_e64 *fe64;
	enum fwd_e8 *fe8;
	fwd_s_t *ft;
	struct empty e;
	union empty_u eu;
	struct zero_len zl;
	struct bits b;
	struct packed p;
	struct over_aligned oa;
	struct anon an;
	struct wide w;
	struct tagged t;
	tagged_int ti;
	enum packed_e pe;
	struct atomics at;
	int (*variadic)(int, ...);
	fn_t *fn;
	int (*(*returns_array)(void))[3];
	const volatile int *restrict cvr;
	struct flex *fl;
	char cube[2][3][4];
	int tail[];
};

struct value {
	struct bpf_spin_lock lock;
	long counter;
	struct shapes *s;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, int);
	__type(value, struct value);
} locked SEC(".maps");

struct shapes global_shapes;
_Atomic int atomic_global;

SEC("xdp")
int prog(struct xdp_md *ctx)
{
	int key = 0;
	struct value *v = bpf_map_lookup_elem(&locked, &key);

	if (!v)
		return XDP_PASS;
	bpf_spin_lock(&v->lock);
	v->counter += global_shapes.b.a;
	bpf_spin_unlock(&v->lock);
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
