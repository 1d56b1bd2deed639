
/* Seeded error for bpfcc-check: an explicit arg:ctx tag on a static function
 * (bpfcc: kernels >= 6.8 reject tags on static subprograms). */
static __attribute__((noinline)) int
seeded_helper(void *ctx __attribute__((btf_decl_tag("arg:ctx"))))
{
	return ctx != 0;
}

SEC("xdp") int seeded_prog(void *ctx) { return seeded_helper(ctx); }
