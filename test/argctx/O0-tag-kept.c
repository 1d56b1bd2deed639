// At -O0 clang-19 keeps no parameter in the subprogram's retainedNodes, so
// its BTF loses parameter names and tags. For context parameters bpfcc puts
// them back: the injected tag and the names are in the -O0 object too.
// RUN: %bpfcc -target bpf -g -O0 -c %s -o %t.o
// RUN: %bpfcc-dump --btf %t.o | FileCheck %s
// CHECK:      FUNC_PROTO '(anon)' ret_type_id={{[0-9]+}} vlen=2
// CHECK-NEXT: 'ctx' type_id={{[0-9]+}}
// CHECK-NEXT: 'n' type_id={{[0-9]+}}
// CHECK-NEXT: [[[FN:[0-9]+]]] FUNC 'logic' type_id={{[0-9]+}} linkage=global
// CHECK-NEXT: DECL_TAG 'arg:ctx' type_id=[[FN]] component_idx=0
// CHECK-NOT:  component_idx=1
__attribute__((noinline)) int logic(void *ctx, int n) { return ctx != 0 && n; }
__attribute__((section("xdp"))) int prog(void *ctx) { return logic(ctx, 1); }
