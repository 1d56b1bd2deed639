//===- ArgCtx.cpp - infer, inject and lower arg:ctx (issue 4) -------------===//

#include "ArgCtx.h"
#include "PluginState.h"

using namespace llvm;

namespace bpfcc {

void analyzeArgCtx(PluginState &S, clang::ASTContext &Ctx) {}

PreservedAnalyses ArgCtxPass::run(Module &M, ModuleAnalysisManager &) {
  return PreservedAnalyses::all();
}

} // namespace bpfcc
