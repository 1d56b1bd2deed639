// An explicit arg:ctx tag on a static function is an error (kernels >= 6.8
// reject tags on static subprograms), with a fix-it removing 'static'.
// RUN: not %bpfcc -target bpf -g -O2 -c %s -o %t.o -fdiagnostics-parseable-fixits 2>&1 | FileCheck %s
// CHECK: static-tag-error.c:[[#@LINE+5]]:{{[0-9]+}}: error: 'arg:ctx' tag on parameter 'ctx' of static function 'helper': kernels 6.8 and later reject argument tags on static subprograms; make the function global
// CHECK: fix-it:"{{.*}}static-tag-error.c":{[[#@LINE+3]]:1-[[#@LINE+3]]:8}:""
// CHECK-NOT: error:

static __attribute__((noinline)) int
helper(void *ctx __attribute__((btf_decl_tag("arg:ctx")))) {
  return ctx != 0;
}

__attribute__((section("xdp"))) int prog(void *ctx) { return helper(ctx); }
