// REQUIRES: host-btf
// One global subprogram, 'logic(void *ctx)' with no annotation, called from
// kprobe, perf_event, xdp, tc (sched_cls), socket_filter and cgroup_skb
// programs; it passes the context on to another global, 'logic_1'
// (nested), which is defined first.
//
// No target: both get a native arg:ctx tag and keep 'void *'.
// RUN: %bpfcc %bpf_cflags -Rbpfcc-arg-ctx -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=REMARK
// RUN: %bpfcc-dump --btf %t.o | FileCheck %s --check-prefix=NATIVE
// RUN: %bpfcc-dump --func-info %t.o | FileCheck %s --check-prefix=NATIVE-FUNCS
// REMARK: shared.c:[[#@LINE+36]]:30: remark: tagged parameter 'ctx' of global function 'logic_1' arg:ctx: it receives the context of kprobe program 'kp', perf_event program 'pe', xdp program 'xp', sched_cls program 'tcp', socket_filter program 'sock' and cgroup_skb program 'cg' [-Rbpfcc-arg-ctx]
// REMARK: shared.c:[[#@LINE+36]]:28: remark: tagged parameter 'ctx' of global function 'logic' arg:ctx: it receives the context of kprobe program 'kp', perf_event program 'pe', xdp program 'xp', sched_cls program 'tcp', socket_filter program 'sock' and cgroup_skb program 'cg' [-Rbpfcc-arg-ctx]
// NATIVE:      [[[L1:[0-9]+]]] FUNC 'logic_1' type_id={{[0-9]+}} linkage=global
// NATIVE-NEXT: DECL_TAG 'arg:ctx' type_id=[[L1]] component_idx=0
// NATIVE:      [[[L:[0-9]+]]] FUNC 'logic' type_id={{[0-9]+}} linkage=global
// NATIVE-NEXT: DECL_TAG 'arg:ctx' type_id=[[L]] component_idx=0
// NATIVE-FUNCS: FUNC 'logic_1' linkage=global: int logic_1(void *ctx)
// NATIVE-FUNCS: FUNC 'logic' linkage=global: int logic(void *ctx)
//
// Target 6.1: one copy per context type, each taking the context struct the
// 6.1 verifier matches by name; the program types sharing __sk_buff share a
// copy; no arg:ctx tags left.
// RUN: %bpfcc %bpf_cflags --target-kernel=6.1 -c %s -o %t.61.o
// RUN: %bpfcc-dump --btf %t.61.o | FileCheck %s --check-prefix=LOWERED
// RUN: %bpfcc-dump --func-info %t.61.o | FileCheck %s --check-prefix=LOWERED-FUNCS
// LOWERED-NOT: DECL_TAG
// LOWERED: STRUCT 'bpf_user_pt_regs_t' size=0 vlen=0
// LOWERED-NOT: DECL_TAG
// LOWERED-FUNCS-DAG: FUNC 'logic' linkage=global: int logic(struct bpf_user_pt_regs_t *ctx)
// LOWERED-FUNCS-DAG: FUNC 'logic_1' linkage=global: int logic_1(struct bpf_user_pt_regs_t *ctx)
// LOWERED-FUNCS-DAG: FUNC 'logic__perf_event' linkage=global: int logic__perf_event(struct bpf_perf_event_data *ctx)
// LOWERED-FUNCS-DAG: FUNC 'logic_1__perf_event' linkage=global: int logic_1__perf_event(struct bpf_perf_event_data *ctx)
// LOWERED-FUNCS-DAG: FUNC 'logic__xdp' linkage=global: int logic__xdp(struct xdp_md *ctx)
// LOWERED-FUNCS-DAG: FUNC 'logic_1__xdp' linkage=global: int logic_1__xdp(struct xdp_md *ctx)
// LOWERED-FUNCS-DAG: FUNC 'logic__skb' linkage=global: int logic__skb(struct __sk_buff *ctx)
// LOWERED-FUNCS-DAG: FUNC 'logic_1__skb' linkage=global: int logic_1__skb(struct __sk_buff *ctx)
// LOWERED-FUNCS-NOT: logic__sched_cls
//
// Target 6.12 (native arg:ctx): same as no target.
// RUN: %bpfcc %bpf_cflags --target-kernel=6.12 -c %s -o %t.612.o
// RUN: %bpfcc-dump --btf %t.612.o | FileCheck %s --check-prefix=NATIVE

#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

__noinline int logic_1(void *ctx) { return bpf_get_smp_processor_id() + (ctx != 0); }
__noinline int logic(void *ctx) { return logic_1(ctx) + 1; }

SEC("kprobe/do_unlinkat")
int BPF_KPROBE(kp, int dfd) { return logic(ctx); }

SEC("perf_event")
int pe(struct bpf_perf_event_data *ctx) { return logic(ctx); }

SEC("xdp")
int xp(struct xdp_md *ctx) { return logic(ctx) ? XDP_PASS : XDP_DROP; }

SEC("tc")
int tcp(struct __sk_buff *skb) { return logic(skb) ? 0 /* TC_ACT_OK */ : 2 /* TC_ACT_SHOT */; }

SEC("socket")
int sock(struct __sk_buff *skb) { return logic(skb); }

SEC("cgroup_skb/ingress")
int cg(struct __sk_buff *skb) { return logic(skb) & 1; }

char LICENSE[] SEC("license") = "GPL";
