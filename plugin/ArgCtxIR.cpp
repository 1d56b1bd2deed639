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
//  - lower (target < 6.8): per context type, a copy of the function whose
//    context parameters point to the kernel's context struct (untagged), or
//    a static copy for program types with no named context; each program's
//    call tree is redirected to the copies of its context type.
//
//===----------------------------------------------------------------------===//

#include "ArgCtx.h"
#include "PluginState.h"

#include "llvm/ADT/SetVector.h"
#include "llvm/IR/DIBuilder.h"
#include "llvm/IR/DebugInfo.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include <set>

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

class Lowerer {
public:
  Lowerer(Module &M, const ArgCtxPlan &P) : M(M), Plan(P), DIB(M) {}
  void run();

private:
  Function *cloneAs(Function &F, StringRef Name, bool Local);
  DIType *ctxPointer(StringRef Struct);
  void lowerVariant(Function &F, const ArgCtxPlan::Variant &V,
                    ArrayRef<unsigned> CtxParams);
  Function *variantFor(Function *C, const std::string &Group);
  void computeReach();

  Module &M;
  const ArgCtxPlan &Plan;
  DIBuilder DIB;
  StringMap<DIType *> CtxPointers;
  /// Function -> context group -> its copy for that group.
  DenseMap<Function *, std::map<std::string, Function *>> Variants;
  /// Groups (in program order) whose programs reach a function by calls.
  DenseMap<Function *, SmallVector<std::string, 2>> Reaching;
  DenseSet<Function *> NeedsVariants;
  std::vector<std::pair<Function *, std::string>> Programs;
};

Function *Lowerer::cloneAs(Function &F, StringRef Name, bool Local) {
  DISubprogram *SP = F.getSubprogram();
  auto Flags = SP->getSPFlags();
  if (Local)
    Flags |= DISubprogram::SPFlagLocalToUnit;
  // A new subprogram for the copy: FUNC name and linkage in BTF come from
  // it. Pre-mapping the old one makes the cloner re-scope every location
  // and variable of the body to it.
  DISubprogram *NewSP = DISubprogram::getDistinct(
      M.getContext(), SP->getScope(), Name, SP->getLinkageName(),
      SP->getFile(), SP->getLine(), SP->getType(), SP->getScopeLine(),
      SP->getContainingType(), SP->getVirtualIndex(), SP->getThisAdjustment(),
      SP->getFlags(), Flags, SP->getUnit(), SP->getTemplateParams(),
      SP->getDeclaration(), nullptr, SP->getThrownTypes(),
      SP->getAnnotations(), SP->getTargetFuncName());

  Function *NF = Function::Create(F.getFunctionType(), F.getLinkage(),
                                  F.getAddressSpace(), Name, &M);
  ValueToValueMapTy VMap;
  for (auto [Old, New] : zip(F.args(), NF->args())) {
    New.setName(Old.getName());
    VMap[&Old] = &New;
  }
  VMap.MD()[SP].reset(NewSP);
  SmallVector<ReturnInst *, 4> Returns;
  NF->copyAttributesFrom(&F);
  CloneFunctionInto(NF, &F, VMap, CloneFunctionChangeType::LocalChangesOnly,
                    Returns);
  NF->setSubprogram(NewSP);
  if (Local) {
    NF->setLinkage(GlobalValue::InternalLinkage);
    NF->setVisibility(GlobalValue::DefaultVisibility);
    NF->setDSOLocal(true);
  }
  SmallVector<Metadata *> Retained;
  for (DINode *N : SP->getRetainedNodes())
    Retained.push_back(MapMetadata(N, VMap));
  NewSP->replaceRetainedNodes(MDTuple::get(M.getContext(), Retained));
  return NF;
}

DIType *Lowerer::ctxPointer(StringRef Struct) {
  DIType *&P = CtxPointers[Struct];
  if (P)
    return P;
  // The verifier compares names only; reuse the program's own definition
  // if it has one, else an empty (but not forward-declared: a FWD is not a
  // struct for the kernel) struct.
  DICompositeType *S = nullptr;
  DebugInfoFinder Finder;
  Finder.processModule(M);
  for (DIType *T : Finder.types())
    if (auto *CT = dyn_cast<DICompositeType>(T))
      if (CT->getTag() == dwarf::DW_TAG_structure_type &&
          CT->getName() == Struct && !CT->isForwardDecl()) {
        S = CT;
        break;
      }
  if (!S)
    S = DIB.createStructType(nullptr, Struct, nullptr, 0, 0, 0,
                             DINode::FlagZero, nullptr,
                             DIB.getOrCreateArray({}));
  P = DIB.createPointerType(S, 64);
  return P;
}

void Lowerer::lowerVariant(Function &F, const ArgCtxPlan::Variant &V,
                           ArrayRef<unsigned> CtxParams) {
  SmallVector<DILocalVariable *> Vars = paramVars(F);
  retainParams(F, Vars);
  if (V.CtxStruct.empty()) {
    // Static: the kernel rejects any argument tag on it (>= 6.8).
    for (DILocalVariable *Var : Vars)
      if (Var)
        editTags(Var, false, true);
    return;
  }
  DISubprogram *SP = F.getSubprogram();
  DISubroutineType *T = SP->getType();
  SmallVector<Metadata *> Types(T->getTypeArray()->operands());
  for (unsigned I : CtxParams) {
    if (I + 1 < Types.size())
      Types[I + 1] = ctxPointer(V.CtxStruct);
    // Untagged: kernels >= 6.8 check a tagged parameter's type strictly and
    // reject e.g. 'struct bpf_user_pt_regs_t *' for kprobes.
    if (I < Vars.size() && Vars[I])
      editTags(Vars[I], false, false);
  }
  SP->replaceType(DISubroutineType::get(M.getContext(), T->getFlags(),
                                        T->getCC(),
                                        MDTuple::get(M.getContext(), Types)));
}

void Lowerer::computeReach() {
  for (Function &F : M)
    if (auto It = Plan.ProgramGroup.find(F.getName().str());
        It != Plan.ProgramGroup.end() && !F.isDeclaration())
      Programs.push_back({&F, It->second});
  for (auto &[P, Group] : Programs) {
    SmallVector<Function *> Work{P};
    DenseSet<Function *> Seen{P};
    while (!Work.empty()) {
      Function *F = Work.pop_back_val();
      for (Instruction &I : instructions(*F))
        if (auto *CB = dyn_cast<CallBase>(&I))
          if (Function *C = CB->getCalledFunction();
              C && !C->isDeclaration() && Seen.insert(C).second) {
            auto &R = Reaching[C];
            if (!is_contained(R, Group))
              R.push_back(Group);
            Work.push_back(C);
          }
    }
  }
  // Functions between programs and a function with several copies need
  // their own copies too, if programs of several context types reach them.
  std::function<bool(Function *, DenseSet<Function *> &)> ReachesMulti =
      [&](Function *F, DenseSet<Function *> &Seen) {
        if (!Seen.insert(F).second)
          return false;
        for (Instruction &I : instructions(*F))
          if (auto *CB = dyn_cast<CallBase>(&I))
            if (Function *C = CB->getCalledFunction();
                C && !C->isDeclaration()) {
              auto It = Plan.Lowered.find(C->getName().str());
              if ((It != Plan.Lowered.end() && It->second.size() > 1) ||
                  ReachesMulti(C, Seen))
                return true;
            }
        return false;
      };
  for (auto &[F, Groups] : Reaching) {
    DenseSet<Function *> Seen;
    if (Groups.size() > 1 && !Plan.Lowered.count(F->getName().str()) &&
        ReachesMulti(F, Seen))
      NeedsVariants.insert(F);
  }
}

Function *Lowerer::variantFor(Function *C, const std::string &Group) {
  auto It = Variants.find(C);
  if (It != Variants.end()) {
    auto G = It->second.find(Group);
    return G != It->second.end() ? G->second : C;
  }
  if (!NeedsVariants.count(C) || Reaching[C].front() == Group)
    return C;
  Function *Copy =
      cloneAs(*C, (C->getName() + "__" + contextGroupSuffix(Group)).str(),
              C->hasLocalLinkage());
  Variants[C][Group] = Copy;
  Reaching[Copy] = {Group};
  return Copy;
}

void Lowerer::run() {
  computeReach();
  for (auto &[Sym, Vs] : Plan.Lowered) {
    Function *F = M.getFunction(Sym);
    if (!F || F->isDeclaration() || !F->getSubprogram())
      continue;
    ArrayRef<unsigned> CtxParams = Plan.CtxParams.at(Sym);
    std::map<std::string, Function *> ByGroup;
    // Copies first, from the untouched original.
    for (const ArgCtxPlan::Variant &V : ArrayRef(Vs).drop_front())
      ByGroup[V.Group] = cloneAs(*F, V.Symbol, V.CtxStruct.empty());
    if (Vs.front().CtxStruct.empty()) {
      // Static in place: a copy takes over the original's uses and name.
      Function *S = cloneAs(*F, Sym, true);
      F->replaceAllUsesWith(S);
      F->eraseFromParent();
      S->setName(Sym);
      F = S;
    }
    ByGroup[Vs.front().Group] = F;
    for (const ArgCtxPlan::Variant &V : Vs)
      lowerVariant(*ByGroup[V.Group], V, CtxParams);
    if (Vs.size() > 1)
      Variants[F] = std::move(ByGroup);
  }
  // Redirect each program's call tree to the copies of its context type.
  std::set<std::pair<Function *, std::string>> Done;
  for (auto &[P, Group] : Programs) {
    SmallVector<Function *> Work{P};
    while (!Work.empty()) {
      Function *F = Work.pop_back_val();
      if (!Done.insert({F, Group}).second)
        continue;
      for (Instruction &I : instructions(*F))
        if (auto *CB = dyn_cast<CallBase>(&I))
          if (Function *C = CB->getCalledFunction();
              C && !C->isDeclaration()) {
            Function *V = variantFor(C, Group);
            if (V != C)
              CB->setCalledFunction(V);
            Work.push_back(V);
          }
    }
  }
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
  if (!Plan.Lowered.empty())
    Lowerer(M, Plan).run();

  std::string Err;
  raw_string_ostream OS(Err);
  if (verifyModule(M, &OS))
    S.Diags.fatal("internal error: arg:ctx rewrite broke the module: " +
                  OS.str());
  return PreservedAnalyses::none();
}

} // namespace bpfcc
