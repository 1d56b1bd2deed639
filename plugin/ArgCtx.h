//===- ArgCtx.h - infer, inject and lower arg:ctx (issue 4) ---------------===//
#ifndef BPFCC_PLUGIN_ARGCTX_H
#define BPFCC_PLUGIN_ARGCTX_H

#include "llvm/IR/PassManager.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
}

namespace bpfcc {

struct PluginState;

/// What the AST analysis decided; applied by ArgCtxPass.
struct ArgCtxPlan {
  bool Empty = true;
};

/// Whole-translation-unit analysis; runs before CodeGen sees the end of the
/// translation unit.
void analyzeArgCtx(PluginState &S, clang::ASTContext &Ctx);

/// Applies the plan to the module before any optimization.
class ArgCtxPass : public llvm::PassInfoMixin<ArgCtxPass> {
public:
  explicit ArgCtxPass(PluginState &S) : S(S) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; } // also at -O0 (optnone)

private:
  PluginState &S;
};

} // namespace bpfcc

#endif
