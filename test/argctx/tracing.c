// REQUIRES: host-btf
// arg:ctx for program types whose context has no named struct before 6.8
// (tp_btf, fentry, lsm, tracepoint) and raw_tp (struct
// bpf_raw_tracepoint_args): each calls a global subprogram taking an
// unannotated 'void *ctx'.
//
// No target: native tags only, the subprogram stays global.
// RUN: %bpfcc %bpf_cflags -c %s -o %t.o
// RUN: %bpfcc-dump --btf %t.o | FileCheck %s --check-prefix=NATIVE
// NATIVE:      [[[VOIDP:[0-9]+]]] PTR '(anon)' type_id=0
// NATIVE:      [[[PROTO:[0-9]+]]] FUNC_PROTO '(anon)' ret_type_id={{[0-9]+}} vlen=1
// NATIVE-NEXT: 'ctx' type_id=[[VOIDP]]
// NATIVE:      [[[FN:[0-9]+]]] FUNC 'trace_logic' type_id=[[PROTO]] linkage=global
// NATIVE-NEXT: DECL_TAG 'arg:ctx' type_id=[[FN]] component_idx=0
//
// Target 6.1: the raw_tp copy takes 'struct bpf_raw_tracepoint_args *', the
// others share a static copy (verified in the caller's context), untagged.
// RUN: %bpfcc %bpf_cflags --target-kernel=6.1 -Rbpfcc-arg-ctx -c %s -o %t.61.o 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: %bpfcc-dump --btf %t.61.o | FileCheck %s --check-prefix=LOWERED
// REMARK: remark: made global function 'trace_logic' static as 'trace_logic' for kernel 6.1: the context of tracing program 'on_switch', tracing program 'on_unlink', lsm program 'on_open' and tracepoint program 'on_tp' has no named type before 6.8, so it is verified in its caller's context [-Rbpfcc-arg-ctx]
// REMARK: remark: lowered arg:ctx of global function 'trace_logic' as 'trace_logic__raw_tp' taking 'struct bpf_raw_tracepoint_args *' for kernel 6.1 (raw_tracepoint program 'on_raw') [-Rbpfcc-arg-ctx]
// LOWERED-NOT: DECL_TAG 'arg:ctx'
// LOWERED:     STRUCT 'bpf_raw_tracepoint_args'
// LOWERED-NOT: DECL_TAG 'arg:ctx'
// RUN: %bpfcc-dump --func-info %t.61.o | FileCheck %s --check-prefix=FUNCS
// FUNCS-DAG: sec='raw_tp/sched_switch' insn=0 {{.*}}: int on_raw(struct bpf_raw_tracepoint_args *ctx)
// FUNCS-DAG: sec='.text' insn={{[0-9]+}} [{{[0-9]+}}] FUNC 'trace_logic__raw_tp' linkage=global: int trace_logic__raw_tp(struct bpf_raw_tracepoint_args *ctx)
// FUNCS-DAG: sec='.text' insn={{[0-9]+}} [{{[0-9]+}}] FUNC 'trace_logic' linkage=static: int trace_logic(void *ctx)

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

__noinline int trace_logic(void *ctx) {
  return (bpf_get_current_pid_tgid() & 1) + (ctx != 0);
}

SEC("tp_btf/sched_switch")
int BPF_PROG(on_switch, bool preempt, struct task_struct *prev) {
  return trace_logic(ctx);
}

SEC("fentry/do_unlinkat")
int BPF_PROG(on_unlink, int dfd) { trace_logic(ctx); return 0; }

SEC("lsm/file_open")
int BPF_PROG(on_open, struct file *file) { trace_logic(ctx); return 0; }

SEC("tracepoint/syscalls/sys_enter_openat")
int on_tp(void *ctx) { return trace_logic(ctx); }

SEC("raw_tp/sched_switch")
int on_raw(struct bpf_raw_tracepoint_args *ctx) { return trace_logic(ctx); }

char LICENSE[] SEC("license") = "GPL";
