//===- CtxStructs.h - named context structs for tracing programs ----------===//
//
//   SEC("lsm/file_mprotect")
//   int hook(struct lsm__file_mprotect *ctx) { ... ctx->vma->vm_start ... }
//
// compiles without a definition of the struct: when name lookup of a tag
// <kind>__<hook> (kind: fentry, fexit, fmod_ret, lsm, tp_btf, raw_tp) finds
// nothing, Sema asks its external source last, and bpfcc's source defines
// the struct in the translation unit from the target kernel's BTF
// (TracingHooks.h): one field per argument, named like the kernel's
// parameter, one 8-byte slot each (two for a 16-byte struct passed by
// value), the return value last as 'ret' for fexit/fmod_ret/lsm. The layout
// is the one BPF_PROG reads, so loads compile to the same instructions.
//
// The same layout is printed as C by --bpfcc-gen-ctx (printCtxHeader), for
// reading and for other compilers.
//
// Documented in docs/tracing-prototypes.md.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_CTXSTRUCTS_H
#define BPFCC_PLUGIN_CTXSTRUCTS_H

namespace clang {
class Sema;
}
namespace llvm {
class raw_ostream;
}

namespace bpfcc {

struct PluginState;

/// Adds the external Sema source that defines context structs on demand.
/// Nothing is read until a program names such a struct.
void installCtxStructs(PluginState &S, clang::Sema &Sema);

/// --bpfcc-gen-ctx: writes the context structs of S.Opts.GenCtxHooks (all
/// hooks if empty) as a C header. Errors are diagnosed; returns false then.
bool printCtxHeader(PluginState &S, llvm::raw_ostream &OS);

} // namespace bpfcc

#endif
