// Passing a kprobe's context to a global function whose parameter is the
// context struct of another program type is an error naming both, with a
// note at the parameter.
// RUN: not %bpfcc -target bpf -g -O2 -c %s -o %t.o 2>&1 | FileCheck %s
// CHECK: mismatch-error.c:[[#@LINE+8]]:{{[0-9]+}}: error: passing the context of kprobe program 'kp' to parameter 'skb' of global function 'use_skb', whose type 'struct __sk_buff *' is the context of other program types
// CHECK: mismatch-error.c:[[#@LINE+3]]:{{[0-9]+}}: note: parameter declared here; declare it 'void *' to take the context of several program types

struct __sk_buff { unsigned int len; };
__attribute__((noinline)) int use_skb(struct __sk_buff *skb) { return 0; }

struct pt_regs;
__attribute__((section("kprobe/do_unlinkat"))) int kp(struct pt_regs *ctx) {
  return use_skb((struct __sk_buff *)ctx);
}
