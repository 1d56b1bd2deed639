//===- ArgCtx.h - infer, inject and lower arg:ctx (issue 4) ---------------===//
//
// A global subprogram's pointer parameter is the program's context for the
// verifier only if the kernel can tell: kernels >= 6.8 by the parameter's
// btf_decl_tag("arg:ctx"), older ones by the pointee struct's name, which
// depends on the program type (kernel-facts.md §2).
//
// ArgCtx.cpp analyzes the whole translation unit on the AST (callers may come
// after callees, so this runs in HandleTranslationUnit), reports, and records
// its decisions in an ArgCtxPlan. ArgCtxPass (ArgCtxIR.cpp) applies the plan
// to the LLVM IR's debug info before any optimization; the BPF backend turns
// that debug info into BTF. Lowering for kernels before 6.8 happens on the
// object, in the post-processor (driver/passes/lower_arg_ctx.c).
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_ARGCTX_H
#define BPFCC_PLUGIN_ARGCTX_H

#include "llvm/IR/PassManager.h"
#include <map>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
}

namespace bpfcc {

struct PluginState;

/// What the AST analysis decided. Functions are named by their symbol.
struct ArgCtxPlan {
  /// Context parameters (0-based) of global functions: each gets an
  /// arg:ctx tag unless it has one, and is made visible to the BTF writer
  /// even at -O0 (where clang-19 drops parameters and their tags from BTF).
  std::map<std::string, std::vector<unsigned>> CtxParams;

  bool empty() const { return CtxParams.empty(); }
};

/// Whole-translation-unit analysis, before CodeGen finishes the module.
void analyzeArgCtx(PluginState &S, clang::ASTContext &Ctx);

/// Applies the plan to the module at the start of the pipeline (every -O).
class ArgCtxPass : public llvm::PassInfoMixin<ArgCtxPass> {
public:
  explicit ArgCtxPass(PluginState &S) : S(S) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }

private:
  PluginState &S;
};

} // namespace bpfcc

#endif
