//===- ArgCtxIR.cpp - apply arg:ctx decisions to the IR's debug info ------===//
//
// The BPF backend writes BTF from debug info: a FUNC_PROTO's parameter
// types come from the DISubprogram's DISubroutineType, parameter names and
// decl tags from the DILocalVariables in its retainedNodes (BTFDebug.cpp,
// visitSubprogram), FUNC linkage from the DISubprogram's LocalToUnit flag.
// So this pass edits exactly those, at the start of the pipeline (every -O
// level), before optimization can inline or drop anything:
//  - tag: add {"btf_decl_tag", "arg:ctx"} to the parameter's annotations and
//    make sure the variable is retained (clang-19 at -O0 retains none, which
//    silently drops parameter names and tags from BTF);
// Lowering for kernels before 6.8 (per-context-type copies, static copies)
// is not done here: the post-processor does it on the object
// (driver/passes/lower_arg_ctx.c), for objects of any compiler, so there is
// one implementation of that rewrite (docs/architecture.md).
//
//===----------------------------------------------------------------------===//

#include "ArgCtx.h"
#include "PluginState.h"

#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace bpfcc {
namespace {

constexpr unsigned kAnnotationsOperand = 4; // DILocalVariable::getRawAnnotations

StringRef tagValue(const Metadata *M) {
  const auto *N = dyn_cast<MDNode>(M);
  if (!N || N->getNumOperands() != 2)
    return "";
  const auto *K = dyn_cast<MDString>(N->getOperand(0));
  const auto *V = dyn_cast<MDString>(N->getOperand(1));
  if (!K || !V || K->getString() != "btf_decl_tag")
    return "";
  return V->getString();
}

/// The parameter variables of F by 0-based index: from retainedNodes, else
/// from the debug records (at -O0 only those know the parameters).
SmallVector<DILocalVariable *> paramVars(Function &F) {
  SmallVector<DILocalVariable *> Vars(F.arg_size(), nullptr);
  DISubprogram *SP = F.getSubprogram();
  auto Note = [&](DILocalVariable *V) {
    if (V && V->getArg() && V->getArg() <= Vars.size() &&
        V->getScope() == SP && !Vars[V->getArg() - 1])
      Vars[V->getArg() - 1] = V;
  };
  for (DINode *N : SP->getRetainedNodes())
    Note(dyn_cast<DILocalVariable>(N));
  for (Instruction &I : instructions(F)) {
    if (auto *DVI = dyn_cast<DbgVariableIntrinsic>(&I))
      Note(DVI->getVariable());
    for (DbgVariableRecord &DVR : filterDbgVars(I.getDbgRecordRange()))
      Note(DVR.getVariable());
  }
  return Vars;
}

/// Puts F's parameter variables in its retainedNodes, where the BTF writer
/// looks for parameter names and tags.
void retainParams(Function &F, ArrayRef<DILocalVariable *> Vars) {
  DISubprogram *SP = F.getSubprogram();
  SmallVector<Metadata *> Nodes;
  for (DILocalVariable *V : Vars)
    if (V)
      Nodes.push_back(V);
  bool Changed = false;
  for (DINode *N : SP->getRetainedNodes())
    if (!is_contained(Nodes, N))
      Nodes.push_back(N);
  for (DILocalVariable *V : Vars)
    Changed |= V && !is_contained(SP->getRetainedNodes(), V);
  if (Changed)
    SP->replaceRetainedNodes(MDTuple::get(F.getContext(), Nodes));
}

/// Edits a parameter's btf_decl_tag annotations in place (the variable is
/// uniqued; replaceOperandWith re-uniques it, and every use follows).
void editTags(DILocalVariable *V, bool WantArgCtx, bool DropAllArgTags) {
  LLVMContext &C = V->getContext();
  SmallVector<Metadata *> Ann;
  bool Has = false;
  if (DINodeArray A = V->getAnnotations())
    for (Metadata *M : A->operands()) {
      StringRef T = tagValue(M);
      if (T == "arg:ctx") {
        if (!WantArgCtx || Has)
          continue;
        Has = true;
      } else if (DropAllArgTags && T.starts_with("arg:")) {
        continue;
      }
      Ann.push_back(M);
    }
  if (WantArgCtx && !Has)
    Ann.push_back(MDNode::get(C, {MDString::get(C, "btf_decl_tag"),
                                  MDString::get(C, "arg:ctx")}));
  Metadata *New = Ann.empty() ? nullptr : MDTuple::get(C, Ann);
  if (V->getRawAnnotations() != New)
    V->replaceOperandWith(kAnnotationsOperand, New);
}

} // namespace

PreservedAnalyses ArgCtxPass::run(Module &M, ModuleAnalysisManager &) {
  const ArgCtxPlan &Plan = S.ArgCtx;
  if (Plan.empty())
    return PreservedAnalyses::all();

  for (auto &[Sym, Params] : Plan.CtxParams) {
    Function *F = M.getFunction(Sym);
    if (!F || F->isDeclaration() || !F->getSubprogram())
      continue;
    SmallVector<DILocalVariable *> Vars = paramVars(*F);
    retainParams(*F, Vars);
    for (unsigned I : Params)
      if (I < Vars.size() && Vars[I])
        editTags(Vars[I], true, false);
  }

  std::string Err;
  raw_string_ostream OS(Err);
  if (verifyModule(M, &OS))
    S.Diags.fatal("internal error: arg:ctx rewrite broke the module: " +
                  OS.str());
  return PreservedAnalyses::none();
}

} // namespace bpfcc
