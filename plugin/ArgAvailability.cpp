//===- ArgAvailability.cpp - arguments the target's verifier cannot take --===//
//
// Both checks model the verifier of the target, measured on Debian 11's
// 5.10 (test/availability/arg-availability-vm-5.10.test):
//
// Global subprograms (btf_prepare_func_args before 5.12): each argument
// must be an integer or enum, or a pointer to the struct the calling
// program's type names as its context (btf_get_prog_ctx_type: a complete
// struct of that name; struct pt_regs also for kprobes). Anything else is
// "Arg#N type PTR in f() is not supported yet", also a pointer to another
// program type's context and void *. The driver's arg:ctx lowering
// (driver/passes/lower_arg_ctx.c) changes what the kernel sees: a tagged
// context parameter is retyped to the caller's context struct, and a
// function with tagged parameters called from a program type without a
// named context becomes a static copy (any arguments). libbpf makes hidden
// global functions static. Static functions are verified with their caller
// and take anything.
//
// Trampoline hooks (btf_distill_func_proto before 6.1): every argument of
// the attach target must be an integer, enum or pointer.
//
//===----------------------------------------------------------------------===//

#include "ArgAvailability.h"
#include "ArgCtx.h"
#include "HelperProgTypes.h"
#include "IRReach.h"
#include "PluginState.h"
#include "TracingHooks.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/Module.h"
#include <bpf/btf.h>
#include <set>

using namespace clang;
using namespace llvm;

namespace bpfcc {
namespace {

/// Commit e5069b9c23b3 "bpf: Support pointers in global func args" (v5.12).
constexpr KernelVersion kGlobalFuncPointers{5, 12};
/// Commit 720e6a435194 "bpf: Allow struct argument in trampoline based
/// programs" (v6.1).
constexpr KernelVersion kTrampolineStructArgs{6, 1};

/// The target's version and how the messages name it; nullopt when it is
/// not known (no target, or a --target-btf newer than the version table).
struct TargetVersion {
  KernelVersion V;
  std::string Text;
};
std::optional<TargetVersion> targetVersion(PluginState &S) {
  if (S.Opts.TargetKernel)
    return TargetVersion{*S.Opts.TargetKernel,
                         "the target kernel is " + S.Opts.TargetKernel->str()};
  if (S.Opts.TargetBTF.empty())
    return std::nullopt;
  const RawBTF *B = S.Kernel.raw(); // unreadable: Availability says so
  std::optional<KernelVersion> N = B ? newestPossibleKernel(*B) : std::nullopt;
  if (!N)
    return std::nullopt;
  return TargetVersion{*N, "the target BTF's enums say the target kernel is "
                           "at most " +
                               N->str()};
}

bool isTrampoline(HookKind K) {
  return K == HookKind::FEntry || K == HookKind::FExit ||
         K == HookKind::FModRet || K == HookKind::LSM;
}

/// A struct (not a union, which 6.1 refuses as well) taken by value.
bool isStructByValue(QualType T) {
  return T.getCanonicalType()->isStructureType();
}

class HookCheck {
public:
  HookCheck(PluginState &S, ASTContext &Ctx, const TargetVersion &T)
      : S(S), Ctx(Ctx), T(T) {}

  void run() {
    for (const auto &[FD, K] : S.Sections.programs()) {
      std::optional<HookRef> Ref = hookOfSection(K.Section);
      if (Ref && isTrampoline(Ref->Kind) && FD->hasBody() &&
          !checkDeclared(FD, K, *Ref))
        checkKernel(FD, K, *Ref);
    }
  }

private:
  void error(bool Named, const FunctionDecl *FD, const ProgramKind &K,
             const HookRef &H, const std::string &Arg) {
    S.Diags.finding(Named, FD->getLocation(),
                    "SEC(\"%0\") needs Linux %1, but %2: the hook '%3' takes "
                    "'%4' by value, and older kernels pass no struct "
                    "arguments to fentry, fexit, fmod_ret and lsm programs")
        << K.Section << kTrampolineStructArgs.str() << T.Text << H.Name << Arg;
  }

  /// The program itself says so: BPF_PROG2(name, sockptr_t, optval, ...)
  /// declares the struct on ____name. No BTF needed.
  bool checkDeclared(const FunctionDecl *FD, const ProgramKind &K,
                     const HookRef &H) {
    const FunctionDecl *In = inner(FD->getName());
    if (!In)
      return false;
    for (unsigned I = 1; I < In->getNumParams(); ++I) {
      const ParmVarDecl *P = In->getParamDecl(I);
      if (!isStructByValue(P->getType()))
        continue;
      error(/*Named=*/true, FD, K, H,
            P->getType().getAsString(Ctx.getPrintingPolicy()) + " " +
                P->getName().str());
      S.Diags.note(P->getLocation(), "the program declares it by value here");
      return true;
    }
    return false;
  }

  /// What the kernel BTF says: an error with --target-btf, else a
  /// -Wbpfcc-host-kernel warning (the build machine's kernel may differ).
  void checkKernel(const FunctionDecl *FD, const ProgramKind &K,
                   const HookRef &Ref) {
    const RawBTF *B = S.Kernel.raw();
    if (!B)
      return; // the prototype check says why, if it is on
    std::string Why;
    std::optional<Hook> H = resolveHook(B, Ref, Why);
    if (!H)
      return;
    for (unsigned I = 0; I < H->numParams(); ++I) {
      const struct btf_type *Ty =
          B->type(skipModsAndTypedefs(B, H->Args[I].Type));
      if (!Ty || !btf_is_struct(Ty))
        continue;
      bool Named = S.Kernel.named();
      error(Named, FD, K, Ref,
            formatDecl(S.Kernel.get(), H->Args[I].Type, H->Args[I].Name));
      if (!Named)
        S.Diags.note(FD->getLocation(),
                     "checked against this machine's kernel BTF %0, which "
                     "may not be the kernel the object is for; name the "
                     "target with --target-btf=FILE to make this an error")
            << S.Kernel.path();
      return;
    }
  }

  const FunctionDecl *inner(StringRef Name) {
    if (!Collected) {
      Collected = true;
      for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
        if (const auto *F = dyn_cast<FunctionDecl>(D))
          if (F->getName().starts_with("____") &&
              F->isThisDeclarationADefinition())
            Inner[F->getName()] = F;
    }
    auto It = Inner.find(("____" + Name).str());
    return It == Inner.end() ? nullptr : It->second;
  }

  PluginState &S;
  ASTContext &Ctx;
  const TargetVersion &T;
  bool Collected = false;
  StringMap<const FunctionDecl *> Inner;
};

/// The global functions whose pointer parameters the IR pass judges.
void planGlobalArgs(PluginState &S, ASTContext &Ctx, const TargetVersion &T) {
  GlobalArgPlan &Plan = S.GlobalArgs;
  Plan.Target = T.Text;
  Plan.Lowered = S.Opts.TargetKernel &&
                 *S.Opts.TargetKernel < KernelVersion{6, 8} &&
                 S.Opts.LowerArgCtx;
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody() ||
        !FD->isExternallyVisible() || isProgramEntry(FD) ||
        FD->hasAttr<AlwaysInlineAttr>())
      continue;
    auto CtxIt = S.ArgCtx.CtxParams.find(FD->getName().str());
    const std::vector<unsigned> *CtxParams =
        CtxIt == S.ArgCtx.CtxParams.end() ? nullptr : &CtxIt->second;
    GlobalArgPlan::Func F;
    F.Loc = FD->getLocation();
    F.HasCtxParams = CtxParams != nullptr;
    if (FD->isFirstDecl() && FD->getBeginLoc().isFileID())
      F.StaticLoc = FD->getBeginLoc();
    for (const ParmVarDecl *P : FD->parameters()) {
      QualType Ty = P->getType().getCanonicalType();
      if (!Ty->isPointerType())
        continue;
      std::string Struct;
      if (const auto *RT = Ty->getPointeeType()->getAs<RecordType>())
        if (RT->getDecl()->isStruct() && RT->getDecl()->getDefinition())
          Struct = RT->getDecl()->getName().str();
      bool IsCtx = CtxParams &&
                   llvm::is_contained(*CtxParams, P->getFunctionScopeIndex());
      F.Pointers.push_back(
          {P->getName().str(), P->getLocation(), Struct, IsCtx});
    }
    if (!F.Pointers.empty())
      Plan.Globals[FD->getName()] = std::move(F);
  }
  if (Plan.Globals.empty())
    return;
  for (const auto &[FD, K] : S.Sections.programs())
    Plan.Programs[FD->getName()] = {FD->getLocation(), K};
}

/// Whether the target's verifier takes pointer parameter P of global F in
/// a call from a program of kind K (see the file comment).
bool accepted(const GlobalArgPlan &Plan, const GlobalArgPlan::Func &F,
              const GlobalArgPlan::Param &P, const ProgramKind &K) {
  StringRef CtxStruct = contextStructName(K.Type);
  if (Plan.Lowered && F.HasCtxParams && CtxStruct.empty())
    return true; // a static copy
  if (Plan.Lowered && P.Ctx && !CtxStruct.empty())
    return true; // retyped to struct <CtxStruct> *
  return !P.PointeeStruct.empty() &&
         isAcceptedContextStruct(K.Type, P.PointeeStruct);
}

void report(PluginState &S, StringRef Name, const GlobalArgPlan::Func &F,
            const GlobalArgPlan::Param &P, StringRef ProgName,
            const GlobalArgPlan::Program &Prog) {
  S.Diags.error(P.Loc, "pointer parameter '%0' of global function '%1' "
                       "needs Linux %2, but %3")
      << P.Name << Name << kGlobalFuncPointers.str() << S.GlobalArgs.Target;
  const ProgramKind &K = Prog.Kind;
  StringRef CtxStruct = contextStructName(K.Type);
  if (CtxStruct.empty())
    S.Diags.note(Prog.Loc, "'%0' is called from %1 program '%2'; before "
                           "Linux 5.12, global functions it calls take "
                           "scalars only")
        << Name << K.typeName() << ProgName;
  else
    S.Diags.note(Prog.Loc, "'%0' is called from %1 program '%2'; before "
                           "Linux 5.12, a global function's pointer "
                           "parameter must be that program's context, "
                           "'struct %3 *'")
        << Name << K.typeName() << ProgName << CtxStruct;
  // The verifier checks a static function with its caller's arguments.
  auto D = S.Diags.note(F.Loc, "make '%0' static to pass it any pointer");
  D << Name;
  if (F.StaticLoc.isValid())
    D << FixItHint::CreateInsertion(F.StaticLoc, "static ");
}

} // namespace

void checkArgAvailability(PluginState &S, ASTContext &Ctx) {
  if (!S.Opts.Availability)
    return;
  std::optional<TargetVersion> T = targetVersion(S);
  if (!T)
    return;
  if (T->V < kTrampolineStructArgs)
    HookCheck(S, Ctx, *T).run();
  if (T->V < kGlobalFuncPointers)
    planGlobalArgs(S, Ctx, *T);
}

PreservedAnalyses GlobalArgsPass::run(llvm::Module &M,
                                      ModuleAnalysisManager &) {
  const GlobalArgPlan &Plan = S.GlobalArgs;
  if (Plan.empty())
    return PreservedAnalyses::all();
  // Once per parameter, for the first program (in module order) whose
  // verifier refuses it.
  std::set<std::pair<const Function *, unsigned>> Reported;
  for (const Function &Prog : M) {
    auto PIt = Plan.Programs.find(Prog.getName());
    if (Prog.isDeclaration() || PIt == Plan.Programs.end())
      continue;
    const GlobalArgPlan::Program &P = PIt->second;
    // freplace programs take the context of the program they replace,
    // known only at load time: nothing to judge.
    if (P.Kind.Type == BPF_PROG_TYPE_EXT)
      continue;
    for (const Function *G : reachableFunctions(Prog)) {
      auto GIt = Plan.Globals.find(G->getName());
      // libbpf makes hidden global functions static.
      if (G == &Prog || GIt == Plan.Globals.end() || G->hasHiddenVisibility())
        continue;
      const GlobalArgPlan::Func &F = GIt->second;
      for (unsigned I = 0; I < F.Pointers.size(); ++I)
        if (!accepted(Plan, F, F.Pointers[I], P.Kind) &&
            Reported.insert({G, I}).second)
          report(S, GIt->first(), F, F.Pointers[I], PIt->first(), P);
    }
  }
  return PreservedAnalyses::all();
}

} // namespace bpfcc
