//===- AutoCore.h - plain C pointer chains become CO-RE reads -------------===//
//
// In kprobe, kretprobe, uprobe, tracepoint, raw_tp, perf_event and ksyscall
// programs the verifier sees kernel pointers as plain scalars: a load
// through one is rejected. bpfcc rewrites such loads, on the AST and before
// CodeGen sees the function, into what BPF_CORE_READ expands to:
//
//   ({ T __bpfcc_v; bpf_probe_read_kernel(&__bpfcc_v, sizeof(T),
//        __builtin_preserve_access_index(&p->a.b)); __bpfcc_v; })
//
// and gives the record types involved preserve_access_index. See
// docs/auto-core.md for the rules and why this is done on the AST.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_AUTOCORE_H
#define BPFCC_PLUGIN_AUTOCORE_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/SmallVector.h"
#include <memory>

namespace clang {
class ASTContext;
class CompilerInstance;
class FunctionDecl;
class Sema;
} // namespace clang

namespace bpfcc {

struct PluginState;

/// What the AST consumer learnt for auto CO-RE: the file-level opt-outs
/// (`#pragma bpfcc auto_core off|on`) and the functions opted out with
/// __bpfcc_no_auto_core. Filled only when a program uses them, so that a
/// program without them allocates nothing.
struct AutoCoreState {
  struct PragmaMark {
    clang::SourceLocation Loc;
    bool On;
  };
  llvm::SmallVector<PragmaMark, 0> Pragmas;
  llvm::SmallVector<const clang::FunctionDecl *, 0> OptedOut;
  /// Whether the compile has debug info (CO-RE relocations need it).
  bool DebugInfo = false;
};

/// Registers `#pragma bpfcc auto_core on|off` with the preprocessor.
void installAutoCore(std::shared_ptr<PluginState> S,
                     clang::CompilerInstance &CI);

/// A program definition handed to the consumer: rewritten now, because
/// CodeGen emits it as soon as the consumer returns.
void autoCoreTopLevel(PluginState &S, clang::Sema &Sem, clang::FunctionDecl *FD);

/// End of the translation unit: static functions (emitted by CodeGen only at
/// the end of the translation unit) whose callers are known now.
void autoCoreTranslationUnit(PluginState &S, clang::Sema &Sem,
                             clang::ASTContext &Ctx);

} // namespace bpfcc

#endif
