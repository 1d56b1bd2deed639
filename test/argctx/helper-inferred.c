// A global function that passes its parameter to a helper whose argument
// the kernel types as the context (bpf_perf_event_output here) gets arg:ctx
// even if no program in this file calls it; static functions never do.
// RUN: %bpfcc -target bpf -g -O2 -Rbpfcc-arg-ctx -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: %bpfcc-dump --btf %t.o | FileCheck %s
// REMARK: remark: tagged parameter 'c' of global function 'emit' arg:ctx: it is passed on to parameter 'x' of 'do_emit', a context parameter [-Rbpfcc-arg-ctx]
// REMARK-NOT: remark:
// CHECK:      [[[FN:[0-9]+]]] FUNC 'emit' type_id={{[0-9]+}} linkage=global
// CHECK-NEXT: DECL_TAG 'arg:ctx' type_id=[[FN]] component_idx=0
// CHECK-NOT:  DECL_TAG

static long (*const bpf_perf_event_output)(void *ctx, void *map,
                                           unsigned long long flags,
                                           void *data,
                                           unsigned long long size) = (void *)25;
char map[1];

static __attribute__((noinline)) int do_emit(void *x, int v) {
  return bpf_perf_event_output(x, &map, 0, &v, sizeof(v));
}
__attribute__((noinline)) int emit(void *c, void *not_ctx) {
  return do_emit(c, not_ctx != 0);
}
