//===- Availability.h - helpers, kfuncs and types the target lacks --------===//
//
// With --target-kernel or --target-btf, using something the target kernel
// does not have is a compile-time error at the use, naming the release that
// introduced it: calling a BPF helper (libbpf's bpf_helper_defs.h declares
// each as a function pointer initialized with its id) or a kfunc (an extern
// __ksym function), a program type or attach type (from SEC("...")), a map
// type (__uint(type, BPF_MAP_TYPE_...) in .maps).
//
// The source of truth is the target BTF when --target-btf is given (its
// enums bpf_func_id, bpf_prog_type, bpf_attach_type, bpf_map_type and its
// FUNCs), else the table in KernelVersions.inc. Without either option
// nothing is checked: a compile must not depend on the build machine.
// docs/target-kernel.md documents the rules and every message.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_AVAILABILITY_H
#define BPFCC_PLUGIN_AVAILABILITY_H

namespace clang {
class ASTContext;
}

namespace bpfcc {

struct PluginState;

/// Reports every use of something the target kernel lacks as an error.
/// Only code clang emits is checked (functions reachable from what must be
/// emitted), so unused static inline helpers in headers are not errors.
void checkAvailability(PluginState &S, clang::ASTContext &Ctx);

} // namespace bpfcc

#endif
