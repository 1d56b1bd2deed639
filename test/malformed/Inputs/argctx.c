// A tagged global subprogram shared by kprobe and xdp programs, for the
// arg:ctx lowering's malformed-input tests. -DOUTSIDE puts a second tagged
// subprogram in a section of its own (not .text); -DNONPTR tags an int;
// -DUNKNOWN adds a program in a section libbpf does not know.
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))

__noinline int emit(void *ctx __arg_ctx) { return ctx != 0; }

#ifdef OUTSIDE
__attribute__((section("lib"))) __noinline int outside(void *ctx __arg_ctx) { return ctx == 0; }
#endif
#ifdef NONPTR
__noinline int count(int n __arg_ctx) { return n + 1; }
#endif

SEC("kprobe/do_unlinkat")
int kp(void *ctx)
{
#ifdef OUTSIDE
	return emit(ctx) + outside(ctx);
#elif defined(NONPTR)
	return emit(ctx) + count(1);
#else
	return emit(ctx);
#endif
}

SEC("xdp")
int xp(struct xdp_md *ctx) { return emit(ctx); }

#ifdef UNKNOWN
SEC("l4lb-demo")
int balancer(struct __sk_buff *skb) { return emit(skb); }
#endif

char LICENSE[] SEC("license") = "GPL";
