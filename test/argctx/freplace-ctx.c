// freplace (extension) programs take the context of the program they
// replace, known only at load time: passing theirs to a global function
// whose parameter is any context struct is no error (Linux 6.1 selftests,
// freplace_global_func.c), and the parameter is tagged arg:ctx. The same
// call from a kprobe is an error (mismatch-error.c).
// RUN: %bpfcc -target bpf -g -O2 -c %s -o %t.o 2>&1 | FileCheck %s --allow-empty --check-prefix=QUIET
// RUN: %bpfcc-dump --btf %t.o | FileCheck %s
// QUIET-NOT: {{error|warning}}
// CHECK: FUNC 'test_ctx_global_func'
// CHECK: DECL_TAG 'arg:ctx' type_id={{[0-9]+}} component_idx=0

struct __sk_buff { unsigned int len; };

__attribute__((noinline)) int test_ctx_global_func(struct __sk_buff *skb)
{
	volatile int retval = 1;
	return retval;
}

__attribute__((section("freplace/test_pkt_access"))) int new_test_pkt_access(struct __sk_buff *skb)
{
	return test_ctx_global_func(skb);
}

char _license[] __attribute__((section("license"))) = "GPL";
