/*
 * A static function called with two constant function pointers: clang's
 * function specialization (-O2) compiles it to two local copies,
 * apply.specialized.1 and .2, each described by a FUNC named 'apply'. On
 * the way: a global function taking the context, which bpfcc tags arg:ctx
 * and lowers for targets before 6.8.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

static int add1(int x) { return x + 1; }
static int mul2(int x) { return x * 2; }

__attribute__((noinline)) int len_of(struct __sk_buff *skb)
{
	return skb ? skb->len : 0;
}

static __attribute__((noinline)) int apply(int (*f)(int), struct __sk_buff *skb)
{
	int s = 0;

	for (int i = 0; i < 4; i++)
		s += f(len_of(skb) + i);
	return s;
}

SEC("tc") int tc_add(struct __sk_buff *skb) { return apply(add1, skb) & 1; }
SEC("tc") int tc_mul(struct __sk_buff *skb) { return apply(mul2, skb) & 1; }
char LICENSE[] SEC("license") = "GPL";
