//===- AutoCore.cpp - plain C pointer chains become CO-RE reads -----------===//
//
// Two parts:
//  - Provenance: where a pointer value points, decided on the AST the way
//    the verifier will see it (context, stack/map/helper memory, or a plain
//    scalar that really is a kernel or a user address). It allocates
//    nothing: it runs on every program function, and allocating while
//    CodeGen builds debug metadata can reorder clang's BTF (docs/plugin.md).
//  - Rewriter: for the functions where Provenance finds a load through a
//    kernel or user address, replaces each such load, in place, by the
//    statement expression BPF_CORE_READ would have produced.
// docs/auto-core.md explains the rules.
//
//===----------------------------------------------------------------------===//

#include "AutoCore.h"
#include "PluginState.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Sema/Lookup.h"
#include "clang/Sema/Scope.h"
#include "clang/Sema/Sema.h"

using namespace clang;
using namespace llvm;

namespace bpfcc {
namespace {

//===----------------------------------------------------------------------===//
// Provenance lattice
//===----------------------------------------------------------------------===//

/// Where a pointer points, as the verifier of a tracing program sees it.
enum class Ptr : unsigned char {
  None,   ///< No information yet (a null constant, an unvisited cycle).
  Ctx,    ///< The program's context: loads from it are checked, direct.
  Safe,   ///< Stack, globals, map values, helper/kfunc results: direct.
  Kernel, ///< A scalar holding a kernel address: bpf_probe_read_kernel.
  User,   ///< A scalar holding a user address: bpf_probe_read_user.
  Mixed,  ///< Different origins on different paths: left alone.
};

Ptr join(Ptr A, Ptr B) {
  if (A == Ptr::None || A == B)
    return B;
  if (B == Ptr::None)
    return A;
  // Context and other verifier-typed memory are both read directly.
  if ((A == Ptr::Ctx || A == Ptr::Safe) && (B == Ptr::Ctx || B == Ptr::Safe))
    return Ptr::Safe;
  return Ptr::Mixed;
}

bool needsProbe(Ptr P) { return P == Ptr::Kernel || P == Ptr::User; }

/// What a function's program type says about the scalars it sees.
struct FnCtx {
  bool Known = false;        ///< Some caller (or a SEC) decided it.
  bool Probe = false;        ///< kprobe/uprobe/tracepoint/raw_tp/perf_event.
  Ptr Scalar = Ptr::None;    ///< An integer turned into a pointer.
  Ptr Stash = Ptr::None;     ///< A pointer loaded from a map value/global.
  bool SyscallEntry = false; ///< pt_regs behind a kernel pointer = user regs.

  void join(const FnCtx &O) {
    if (!O.Known)
      return;
    if (!Known) {
      *this = O;
      return;
    }
    Probe |= O.Probe;
    Scalar = bpfcc::join(Scalar, O.Scalar);
    Stash = bpfcc::join(Stash, O.Stash);
    SyscallEntry &= O.SyscallEntry;
  }
};

/// libbpf's "name+" section matching: the name alone or followed by '/'.
bool secIs(StringRef Sec, StringRef Prefix, StringRef *Target = nullptr) {
  if (!Sec.starts_with(Prefix))
    return false;
  if (Sec.size() == Prefix.size()) {
    if (Target)
      *Target = "";
    return true;
  }
  if (Sec[Prefix.size()] != '/')
    return false;
  if (Target)
    *Target = Sec.drop_front(Prefix.size() + 1);
  return true;
}

/// The program context of a SEC("...") function. Mirrors libbpf 1.1's
/// section table for the probe-read program types.
FnCtx sectionCtx(StringRef Sec) {
  Sec.consume_front("?");
  FnCtx C;
  C.Known = true;
  StringRef T;
  for (StringRef P : {"uprobe", "uprobe.s", "uretprobe", "uretprobe.s",
                      "uprobe.multi", "uretprobe.multi", "usdt"})
    if (secIs(Sec, P)) {
      // User-space probes: registers and stashed pointers are user
      // addresses.
      C.Probe = true;
      C.Scalar = C.Stash = Ptr::User;
      return C;
    }
  for (StringRef P : {"ksyscall", "kretsyscall"})
    if (secIs(Sec, P)) {
      // BPF_KSYSCALL's arguments are the syscall's, from user space.
      C.Probe = true;
      C.Scalar = Ptr::User;
      C.Stash = Ptr::Kernel;
      return C;
    }
  for (StringRef P : {"kprobe", "kretprobe", "kprobe.multi", "kretprobe.multi"})
    if (secIs(Sec, P, &T)) {
      C.Probe = true;
      C.Scalar = C.Stash = Ptr::Kernel;
      // A probe on a syscall's entry point: the pt_regs its first argument
      // points to are the user's registers.
      for (StringRef E : {"__x64_sys_", "__ia32_sys_", "__arm64_sys_",
                          "__s390x_sys_", "__s390_sys_", "__riscv_sys_",
                          "__se_sys_", "sys_"})
        if (T.starts_with(E))
          C.SyscallEntry = true;
      return C;
    }
  for (StringRef P : {"tracepoint", "tp"})
    if (secIs(Sec, P, &T)) {
      C.Probe = true;
      C.Stash = Ptr::Kernel;
      // syscalls/sys_enter_* records hold the syscall's user arguments.
      C.Scalar =
          T.starts_with("syscalls/sys_enter_") ? Ptr::User : Ptr::Kernel;
      return C;
    }
  for (StringRef P : {"raw_tracepoint.w", "raw_tp.w"})
    if (secIs(Sec, P, &T)) {
      // Writable raw tracepoints: the verifier gives the first argument
      // (the only one of every such tracepoint) as a buffer the program
      // loads from and stores to directly (PTR_TO_TP_BUFFER).
      C.Probe = true;
      C.Scalar = Ptr::Safe;
      C.Stash = Ptr::Kernel;
      return C;
    }
  for (StringRef P : {"raw_tracepoint", "raw_tp"})
    if (secIs(Sec, P, &T)) {
      C.Probe = true;
      C.Scalar = C.Stash = Ptr::Kernel;
      C.SyscallEntry = T == "sys_enter";
      return C;
    }
  if (secIs(Sec, "perf_event")) {
    C.Probe = true;
    C.Scalar = C.Stash = Ptr::Kernel;
    return C;
  }
  // BTF-typed (fentry, tp_btf, lsm, iter...), networking and the rest: the
  // verifier types their pointers; loads stay as written.
  C.Scalar = C.Stash = Ptr::Safe;
  return C;
}

/// The BPF helper number a callee expression designates: a literal cast to
/// a function pointer (ours) or libbpf's `static long (*bpf_x)(...) = (void
/// *)N;`. -1 if it is anything else.
int64_t helperId(const Expr *Callee) {
  const Expr *E = Callee->IgnoreParenCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || !VD->getInit() || VD->hasLocalStorage())
      return -1;
    E = VD->getInit()->IgnoreParenCasts();
  }
  if (const auto *IL = dyn_cast<IntegerLiteral>(E))
    return IL->getValue().getZExtValue();
  return -1;
}

enum : int64_t {
  HelperProbeRead = 4,
  HelperGetCurrentTask = 35,
  HelperProbeReadUser = 112,
  HelperProbeReadKernel = 113,
};

const FunctionDecl *directCallee(const CallExpr *CE) {
  return CE->getDirectCallee();
}

/// __builtin_preserve_*, __builtin_btf_type_id: their argument is CO-RE
/// already, and not evaluated as written.
bool isCoreBuiltin(const CallExpr *CE) {
  const FunctionDecl *FD = directCallee(CE);
  if (!FD || !FD->getBuiltinID() || !FD->getIdentifier())
    return false;
  StringRef N = FD->getName();
  return N.starts_with("__builtin_preserve_") || N == "__builtin_btf_type_id";
}

bool isMemcpy(const CallExpr *CE) {
  const FunctionDecl *FD = directCallee(CE);
  if (!FD)
    return false;
  unsigned ID = FD->getBuiltinID();
  return ID == Builtin::BI__builtin_memcpy || ID == Builtin::BImemcpy;
}

/// Names of the variables the rewriter declares; the letter after the
/// prefix is the provenance of the value they hold, so that re-analysing a
/// rewritten body (a caller of a static function) needs no side table.
constexpr llvm::StringLiteral TempPrefix = "__bpfcc_";

/// `T __attribute__((btf_type_tag("user"))) *`: a __user pointer.
bool isUserPointer(QualType T) {
  const auto *PT = T->getAs<clang::PointerType>();
  if (!PT)
    return false;
  QualType P = PT->getPointeeType();
  for (int Depth = 0; Depth < 32; ++Depth) {
    if (const auto *BT = dyn_cast<BTFTagAttributedType>(P.getTypePtr()))
      if (BT->getAttr()->getBTFTypeTag() == "user")
        return true;
    QualType Next = P->getLocallyUnqualifiedSingleStepDesugaredType();
    if (Next == QualType(P.getTypePtr(), 0))
      return false;
    P = Next;
  }
  return false;
}

/// The lvalue one of our reads loads: the operand of `&` inside the helper
/// call's source argument (under __builtin_preserve_access_index when
/// there is one). Null for any other statement expression.
const Expr *readSource(const StmtExpr *SE) {
  const CompoundStmt *CS = SE->getSubStmt();
  if (CS->size() < 2)
    return nullptr;
  const auto *Last = dyn_cast<Expr>(CS->body_back());
  const auto *DRE =
      Last ? dyn_cast<DeclRefExpr>(Last->IgnoreParenImpCasts()) : nullptr;
  if (!DRE || !DRE->getDecl()->getName().starts_with(TempPrefix))
    return nullptr;
  for (const Stmt *St : CS->body()) {
    const auto *CE = dyn_cast<CallExpr>(St);
    if (!CE || CE->getNumArgs() != 3)
      continue;
    const Expr *Src = CE->getArg(2)->IgnoreParenCasts();
    if (const auto *B = dyn_cast<CallExpr>(Src); B && B->getNumArgs() == 1)
      Src = B->getArg(0)->IgnoreParenCasts();
    if (const auto *A = dyn_cast<UnaryOperator>(Src))
      if (A->getOpcode() == UO_AddrOf)
        return A->getSubExpr();
  }
  return nullptr;
}

/// Calls F on every statement under S (pre-order), except the operands of
/// sizeof/typeof-like and CO-RE builtins, which are not evaluated as
/// written. No allocation: plain recursion.
template <typename Fn> void forEachStmt(Stmt *S, Fn &&F) {
  if (!S)
    return;
  if (isa<UnaryExprOrTypeTraitExpr>(S) || isa<OffsetOfExpr>(S))
    return;
  if (auto *CE = dyn_cast<CallExpr>(S); CE && isCoreBuiltin(CE))
    return;
  F(S);
  for (Stmt *C : S->children())
    forEachStmt(C, F);
}

//===----------------------------------------------------------------------===//
// Provenance
//===----------------------------------------------------------------------===//

class Provenance {
public:
  Provenance(PluginState &S, ASTContext &Ctx, bool WholeTU)
      : S(S), Ctx(Ctx), WholeTU(WholeTU) {}

  /// Where the pointer rvalue E, evaluated in function Fn, points.
  Ptr value(const Expr *E, const FunctionDecl *Fn) {
    Ptr R = valueImpl(E, Fn);
    // The declared type wins over "kernel": `const char __user *`.
    if (R == Ptr::Kernel && isUserPointer(E->getType()))
      return Ptr::User;
    return R;
  }

  /// What memory the lvalue L designates.
  Ptr place(const Expr *L, const FunctionDecl *Fn) {
    L = L->IgnoreParens();
    if (const auto *ME = dyn_cast<MemberExpr>(L))
      return ME->isArrow() ? value(ME->getBase(), Fn)
                           : place(ME->getBase(), Fn);
    if (const auto *AS = dyn_cast<ArraySubscriptExpr>(L))
      return value(AS->getBase(), Fn);
    if (const auto *UO = dyn_cast<UnaryOperator>(L))
      return UO->getOpcode() == UO_Deref ? value(UO->getSubExpr(), Fn)
                                         : Ptr::Mixed;
    if (isa<DeclRefExpr>(L) || isa<CompoundLiteralExpr>(L) ||
        isa<clang::StringLiteral>(L) || isa<PredefinedExpr>(L))
      return Ptr::Safe;
    return Ptr::Mixed;
  }

  FnCtx ctxOf(const FunctionDecl *Fn);
  bool optedOut(const FunctionDecl *Fn);

private:
  Ptr valueImpl(const Expr *E, const FunctionDecl *Fn);
  Ptr loaded(const Expr *L, const FunctionDecl *Fn);
  Ptr integer(const Expr *E, const FunctionDecl *Fn);
  Ptr var(const VarDecl *V, const FunctionDecl *Fn);
  Ptr param(const ParmVarDecl *P, const FunctionDecl *Fn);

  /// Cycle guard and a small result cache, both fixed-size.
  bool enter(const void *Key) {
    for (unsigned I = 0; I < NActive; ++I)
      if (Active[I] == Key) {
        ++Cuts;
        return false;
      }
    if (NActive == std::size(Active)) {
      ++Cuts;
      return false;
    }
    Active[NActive++] = Key;
    return true;
  }
  void leave() { --NActive; }
  bool cached(const void *Key, Ptr &R) const {
    for (unsigned I = 0; I < NCache; ++I)
      if (Cache[I].Key == Key) {
        R = Cache[I].Val;
        return true;
      }
    return false;
  }
  void remember(const void *Key, Ptr R) {
    if (NCache < std::size(Cache))
      Cache[NCache++] = {Key, R};
  }

  PluginState &S;
  ASTContext &Ctx;
  bool WholeTU;
  const void *Active[64];
  unsigned NActive = 0;
  unsigned Cuts = 0;
  struct Entry {
    const void *Key;
    Ptr Val;
  } Cache[64];
  unsigned NCache = 0;
};

bool Provenance::optedOut(const FunctionDecl *Fn) {
  const FunctionDecl *Canon = Fn->getCanonicalDecl();
  for (const FunctionDecl *O : S.AutoCore.OptedOut)
    if (O == Canon)
      return true;
  for (const FunctionDecl *R : Fn->redecls())
    for (const auto *A : R->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == "bpfcc_no_auto_core")
        return true;
  // `#pragma bpfcc auto_core off` earlier in the same file.
  if (S.AutoCore.Pragmas.empty())
    return false;
  SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = SM.getExpansionLoc(Fn->getLocation());
  FileID File = SM.getFileID(Loc);
  bool On = true;
  for (const AutoCoreState::PragmaMark &M : S.AutoCore.Pragmas)
    if (SM.getFileID(M.Loc) == File && SM.isBeforeInTranslationUnit(M.Loc, Loc))
      On = M.On;
  return !On;
}

FnCtx Provenance::ctxOf(const FunctionDecl *Fn) {
  FnCtx C;
  if (optedOut(Fn))
    return C;
  const FunctionDecl *Def = Fn->getDefinition();
  if (!Def)
    return C;
  if (const auto *SA = Def->getAttr<SectionAttr>())
    return sectionCtx(SA->getName());
  // A static function takes its callers' contexts (whole TU only: before
  // the end, not every caller has been seen).
  if (!WholeTU || (Def->isExternallyVisible() && !Def->isInlined()))
    return C;
  const FunctionDecl *Canon = Def->getCanonicalDecl();
  if (!enter(Canon))
    return C;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    auto *Caller = dyn_cast<FunctionDecl>(D);
    if (!Caller || !Caller->doesThisDeclarationHaveABody() || Caller == Def)
      continue;
    bool Calls = false;
    forEachStmt(Caller->getBody(), [&](Stmt *St) {
      if (auto *CE = dyn_cast<CallExpr>(St))
        if (const FunctionDecl *FD = directCallee(CE))
          Calls |= FD->getCanonicalDecl() == Canon;
    });
    if (Calls)
      C.join(ctxOf(Caller));
  }
  leave();
  return C;
}

Ptr Provenance::valueImpl(const Expr *E, const FunctionDecl *Fn) {
  E = E->IgnoreParens();
  if (const auto *CE = dyn_cast<CastExpr>(E)) {
    const Expr *Sub = CE->getSubExpr();
    switch (CE->getCastKind()) {
    case CK_NullToPointer:
      return Ptr::None;
    case CK_IntegralToPointer:
      return integer(Sub, Fn);
    case CK_LValueToRValue:
      return loaded(Sub, Fn);
    case CK_ArrayToPointerDecay:
      return place(Sub, Fn);
    case CK_FunctionToPointerDecay:
    case CK_BuiltinFnToFnPtr:
      return Ptr::Safe;
    default:
      if (Sub->getType()->isPointerType())
        return value(Sub, Fn);
      if (Sub->getType()->isIntegerType())
        return integer(Sub, Fn);
      return Ptr::Mixed;
    }
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_AddrOf)
      return place(UO->getSubExpr(), Fn);
    if (UO->isIncrementDecrementOp())
      return loaded(UO->getSubExpr(), Fn);
    return Ptr::Mixed;
  }
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    switch (BO->getOpcode()) {
    case BO_Add:
    case BO_Sub:
      return value(BO->getLHS()->getType()->isPointerType() ? BO->getLHS()
                                                            : BO->getRHS(),
                   Fn);
    case BO_Comma:
    case BO_Assign:
      return value(BO->getRHS(), Fn);
    case BO_AddAssign:
    case BO_SubAssign:
      return loaded(BO->getLHS(), Fn);
    default:
      return Ptr::Mixed;
    }
  }
  if (const auto *CO = dyn_cast<AbstractConditionalOperator>(E))
    return join(value(CO->getTrueExpr(), Fn), value(CO->getFalseExpr(), Fn));
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    // Helpers and kfuncs return pointers the verifier types (map values,
    // ringbuf memory, BTF objects). A function of ours could return
    // anything: not followed.
    const FunctionDecl *FD = directCallee(Call);
    if (FD && FD->getDefinition())
      return Ptr::Mixed;
    return Ptr::Safe;
  }
  if (const auto *SE = dyn_cast<StmtExpr>(E)) {
    // ({ ...; last; }): BPF_CORE_READ, our own rewrites.
    const CompoundStmt *CS = SE->getSubStmt();
    if (CS->body_empty())
      return Ptr::Mixed;
    if (const auto *Last = dyn_cast<Expr>(CS->body_back()))
      return value(Last, Fn);
    return Ptr::Mixed;
  }
  if (isa<IntegerLiteral>(E))
    return Ptr::None;
  return Ptr::Mixed;
}

/// A pointer loaded from the lvalue L.
Ptr Provenance::loaded(const Expr *L, const FunctionDecl *Fn) {
  L = L->IgnoreParens();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(L)) {
    if (const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl()))
      return param(P, Fn);
    if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl())) {
      if (V->hasLocalStorage())
        return var(V, Fn);
      // A pointer kept in a global is a scalar to the verifier.
      return ctxOf(Fn).Stash;
    }
    return Ptr::Mixed;
  }
  switch (place(L, Fn)) {
  case Ptr::None:
    return Ptr::None;
  case Ptr::Kernel:
    return Ptr::Kernel; // value() applies a __user tag
  case Ptr::User:
    return Ptr::User;
  case Ptr::Ctx:
    // Pointer fields of tracepoint records, raw_tp args cast to pointers.
    return ctxOf(Fn).Scalar;
  case Ptr::Safe:
    // A pointer stashed in a map value (e.g. the sock saved at kprobe
    // entry, read back at kretprobe).
    return ctxOf(Fn).Stash;
  case Ptr::Mixed:
    return Ptr::Mixed;
  }
  return Ptr::Mixed;
}

/// A pointer made from the integer E.
Ptr Provenance::integer(const Expr *E, const FunctionDecl *Fn) {
  E = E->IgnoreParenImpCasts();
  if (const auto *IL = dyn_cast<IntegerLiteral>(E))
    return IL->getValue().isZero() ? Ptr::None : Ptr::Mixed;
  if (const auto *CE = dyn_cast<CallExpr>(E))
    if (helperId(CE->getCallee()) == HelperGetCurrentTask)
      return Ptr::Kernel;
  FnCtx C = ctxOf(Fn);
  // Our own read of `regs->si` is looked at as the member it reads.
  if (const auto *SE = dyn_cast<StmtExpr>(E))
    if (const Expr *L = readSource(SE))
      E = L->IgnoreParens();
  if (C.SyscallEntry)
    if (const auto *ME = dyn_cast<MemberExpr>(E))
      if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        if (FD->getParent()->getName() == "pt_regs" &&
            place(ME, Fn) == Ptr::Kernel)
          return Ptr::User;
  // Integer locals holding addresses (u64 p = PT_REGS_PARM1(ctx)) take the
  // program's default too.
  return C.Scalar;
}

Ptr Provenance::var(const VarDecl *V, const FunctionDecl *Fn) {
  if (V->getName().starts_with(TempPrefix)) {
    char K = V->getName().drop_front(TempPrefix.size()).front();
    return K == 'k' ? Ptr::Kernel : K == 'u' ? Ptr::User : Ptr::Mixed;
  }
  if (!V->getType()->isPointerType())
    return Ptr::Mixed;
  Ptr R;
  if (cached(V, R))
    return R;
  if (!enter(V))
    return Ptr::None;
  unsigned CutsBefore = Cuts;
  R = Ptr::None;
  if (const Expr *Init = V->getInit())
    R = join(R, value(Init, Fn));
  unsigned AddrTaken = 0, AddrHandled = 0;
  auto IsV = [&](const Expr *E) {
    const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
    return DRE && DRE->getDecl() == V;
  };
  // The function whose body declares V (a static callee's locals are
  // analysed in the callee even when the question came from a caller).
  const FunctionDecl *Owner = dyn_cast<FunctionDecl>(V->getDeclContext());
  if (!Owner)
    Owner = Fn;
  forEachStmt(Owner->getBody(), [&](Stmt *St) {
    if (auto *BO = dyn_cast<BinaryOperator>(St)) {
      if (BO->getOpcode() == BO_Assign && IsV(BO->getLHS()))
        R = join(R, value(BO->getRHS(), Owner));
    } else if (auto *UO = dyn_cast<UnaryOperator>(St)) {
      if (UO->getOpcode() == UO_AddrOf && IsV(UO->getSubExpr()))
        ++AddrTaken;
    } else if (auto *CE = dyn_cast<CallExpr>(St)) {
      for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
        const auto *UO =
            dyn_cast<UnaryOperator>(CE->getArg(I)->IgnoreParenCasts());
        if (!UO || UO->getOpcode() != UO_AddrOf || !IsV(UO->getSubExpr()))
          continue;
        int64_t H = helperId(CE->getCallee());
        if (H < 0) // one of our functions may store anything there
          continue;
        ++AddrHandled;
        // bpf_probe_read_kernel(&p, sizeof(p), &task->x): p holds what
        // kernel memory held, a kernel pointer. Other helpers only read
        // through the address (map keys and values).
        if (I == 0 && (H == HelperProbeRead || H == HelperProbeReadKernel))
          R = join(R, Ptr::Kernel);
        else if (I == 0 && H == HelperProbeReadUser)
          R = join(R, Ptr::User);
      }
    }
  });
  if (AddrTaken > AddrHandled)
    R = Ptr::Mixed;
  if (R == Ptr::Kernel && isUserPointer(V->getType()))
    R = Ptr::User;
  leave();
  if (Cuts == CutsBefore)
    remember(V, R);
  return R;
}

Ptr Provenance::param(const ParmVarDecl *P, const FunctionDecl *Fn) {
  const auto *Owner = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!Owner)
    return Ptr::Mixed;
  const FunctionDecl *Def = Owner->getDefinition();
  if (!Def)
    return Ptr::Mixed;
  // A program's only parameter is its context.
  if (Def->hasAttr<SectionAttr>())
    return P->getFunctionScopeIndex() == 0 ? Ptr::Ctx : Ptr::Mixed;
  if (!WholeTU || (Def->isExternallyVisible() && !Def->isInlined()))
    return Ptr::Mixed; // a global subprogram: verified on its own
  Ptr R;
  if (cached(P, R))
    return R;
  if (!enter(P))
    return Ptr::None;
  unsigned CutsBefore = Cuts;
  R = Ptr::None;
  unsigned Idx = P->getFunctionScopeIndex();
  const FunctionDecl *Canon = Def->getCanonicalDecl();
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    auto *Caller = dyn_cast<FunctionDecl>(D);
    if (!Caller || !Caller->doesThisDeclarationHaveABody())
      continue;
    forEachStmt(Caller->getBody(), [&](Stmt *St) {
      auto *CE = dyn_cast<CallExpr>(St);
      if (!CE || !directCallee(CE) ||
          directCallee(CE)->getCanonicalDecl() != Canon)
        return;
      if (Idx >= CE->getNumArgs())
        R = join(R, Ptr::Mixed);
      else if (!ctxOf(Caller).Probe)
        R = join(R, Ptr::Safe);
      else
        R = join(R, value(CE->getArg(Idx), Caller));
    });
  }
  if (R == Ptr::Kernel && isUserPointer(P->getType()))
    R = Ptr::User;
  leave();
  if (Cuts == CutsBefore)
    remember(P, R);
  return R;
}

//===----------------------------------------------------------------------===//
// Rewriter
//===----------------------------------------------------------------------===//

class Rewriter {
public:
  Rewriter(PluginState &S, Sema &Sem, Provenance &Prov, FunctionDecl *Fn)
      : S(S), Sem(Sem), Ctx(Sem.getASTContext()), Prov(Prov), Fn(Fn) {}

  /// Whether Fn has anything to rewrite. Allocation-free.
  bool needed() {
    bool Found = false;
    forEachStmt(Fn->getBody(), [&](Stmt *St) {
      if (Found)
        return;
      // Only loads count: `&p->f` and `t->comm` as a pointer compute an
      // address, which the verifier accepts as it is (and a program that
      // already reads with bpf_probe_read_kernel(&v, sizeof(v), &p->f)
      // must stay clang's object, relocations included).
      if (auto *IC = dyn_cast<ImplicitCastExpr>(St)) {
        if (IC->getCastKind() == CK_LValueToRValue &&
            needsProbe(Prov.place(IC->getSubExpr(), Fn)))
          Found = true;
      } else if (auto *CE = dyn_cast<CallExpr>(St)) {
        if (isMemcpy(CE) && needsProbe(Prov.value(CE->getArg(1), Fn)))
          Found = true;
      }
    });
    return Found;
  }

  void run() {
    Sema::ContextRAII SavedContext(Sem, Fn);
    Sem.PushFunctionScope();
    Stmt *Body = Fn->getBody();
    visit(Body);
    Sem.PopFunctionScopeInfo();
  }

private:
  void visit(Stmt *&Slot);
  Expr *read(ImplicitCastExpr *IC, Ptr Where);
  Expr *readBitfield(Expr *L, Expr *Root, QualType T, Ptr Where,
                     SmallVectorImpl<Stmt *> &Pre);
  Stmt *memcpyToProbeRead(CallExpr *CE, Ptr Where);
  Expr *hoist(Expr *L, SmallVectorImpl<Stmt *> &Pre, Expr **Root);
  Expr *hoistValue(Expr *E, SmallVectorImpl<Stmt *> &Pre);
  void makeRelocatable(const Expr *L);
  void makeRelocatable(RecordDecl *RD);

  VarDecl *temp(QualType T, char Kind, SourceLocation Loc);
  Expr *ref(VarDecl *V, SourceLocation Loc) {
    return Sem.BuildDeclRefExpr(V, V->getType().getNonReferenceType(),
                                VK_LValue, Loc);
  }
  Expr *rvalue(Expr *E) { return Sem.DefaultLvalueConversion(E).get(); }
  Expr *intLit(uint64_t V, QualType T, SourceLocation Loc) {
    return IntegerLiteral::Create(Ctx, APInt(Ctx.getIntWidth(T), V), T, Loc);
  }
  Expr *addrOf(Expr *E, SourceLocation Loc) {
    return Sem.BuildUnaryOp(nullptr, Loc, UO_AddrOf, E).get();
  }
  Expr *builtin(StringRef Name, SmallVector<Expr *, 3> Args,
                SourceLocation Loc);
  Expr *helper(int64_t Id, SmallVector<Expr *, 3> Args, SourceLocation Loc);
  Expr *stmtExpr(ArrayRef<Stmt *> Stmts, SourceLocation Loc);
  std::string describe(const Expr *E);
  void remark(SourceLocation Loc, const Expr *L, Ptr Where, bool Whole);

  PluginState &S;
  Sema &Sem;
  ASTContext &Ctx;
  Provenance &Prov;
  FunctionDecl *Fn;
  unsigned NextTemp = 0;
};

void Rewriter::visit(Stmt *&Slot) {
  Stmt *St = Slot;
  if (!St || isa<UnaryExprOrTypeTraitExpr>(St) || isa<OffsetOfExpr>(St))
    return;
  if (auto *CE = dyn_cast<CallExpr>(St); CE && isCoreBuiltin(CE))
    return;
  // Inner loads first: the base of `a->b->c` becomes a read before the
  // outer access is looked at.
  for (Stmt *&Child : St->children())
    visit(Child);

  if (auto *CS = dyn_cast<CompoundStmt>(St)) {
    // A memcpy statement from kernel memory: one probe read.
    for (Stmt *&Child : CS->body())
      if (auto *CE = dyn_cast<CallExpr>(Child); CE && isMemcpy(CE)) {
        Ptr Src = Prov.value(CE->getArg(1), Fn);
        if (needsProbe(Src))
          Child = memcpyToProbeRead(CE, Src);
      }
    return;
  }
  if (auto *IC = dyn_cast<ImplicitCastExpr>(St)) {
    if (IC->getCastKind() == CK_LValueToRValue) {
      Ptr Where = Prov.place(IC->getSubExpr(), Fn);
      if (needsProbe(Where))
        if (Expr *R = read(IC, Where))
          Slot = R;
    }
    // `t->comm` as a pointer and `&p->field` are left alone: address
    // computation, no read. They are CO-RE relocated when their record is
    // made relocatable by a read.
  }
}

VarDecl *Rewriter::temp(QualType T, char Kind, SourceLocation Loc) {
  std::string Name = (TempPrefix + Twine(Kind) + Twine(NextTemp++)).str();
  VarDecl *V =
      VarDecl::Create(Ctx, Fn, Loc, Loc, &Ctx.Idents.get(Name), T,
                      Ctx.getTrivialTypeSourceInfo(T, Loc), SC_None);
  V->setImplicit();
  V->setReferenced();
  V->markUsed(Ctx);
  return V;
}

Expr *Rewriter::builtin(StringRef Name, SmallVector<Expr *, 3> Args,
                        SourceLocation Loc) {
  if (llvm::is_contained(Args, nullptr))
    return nullptr;
  LookupResult R(Sem, &Ctx.Idents.get(Name), Loc, Sema::LookupOrdinaryName);
  if (Sem.TUScope) {
    Sem.LookupName(R, Sem.TUScope, /*AllowBuiltinCreation=*/true);
  } else {
    // At the end of the translation unit the parser has closed its scope;
    // declaring a builtin lazily needs one to put it in.
    Scope TU(nullptr, Scope::DeclScope, Sem.getDiagnostics());
    TU.setEntity(Ctx.getTranslationUnitDecl());
    Sem.TUScope = &TU;
    Sem.LookupName(R, &TU, /*AllowBuiltinCreation=*/true);
    Sem.TUScope = nullptr;
  }
  auto *FD = R.getAsSingle<FunctionDecl>();
  if (!FD)
    return nullptr;
  Expr *Callee = Sem.BuildDeclRefExpr(FD, FD->getType(), VK_PRValue, Loc);
  return Sem.BuildCallExpr(nullptr, Callee, Loc, Args, Loc).get();
}

/// `((long (*)(void *, __u32, const void *))Id)(Args...)`: what libbpf's
/// bpf_helper_defs.h declares, without needing that header.
Expr *Rewriter::helper(int64_t Id, SmallVector<Expr *, 3> Args,
                       SourceLocation Loc) {
  if (llvm::is_contained(Args, nullptr))
    return nullptr;
  QualType Params[] = {Ctx.VoidPtrTy, Ctx.UnsignedIntTy,
                       Ctx.getPointerType(Ctx.VoidTy.withConst())};
  QualType FnTy = Ctx.getFunctionType(Ctx.LongTy, Params,
                                      FunctionProtoType::ExtProtoInfo());
  QualType FnPtr = Ctx.getPointerType(FnTy);
  Expr *Callee =
      Sem.BuildCStyleCastExpr(Loc, Ctx.getTrivialTypeSourceInfo(FnPtr, Loc),
                              Loc, intLit(Id, Ctx.LongTy, Loc))
          .get();
  return Sem.BuildCallExpr(nullptr, Callee, Loc, Args, Loc).get();
}

Expr *Rewriter::stmtExpr(ArrayRef<Stmt *> Stmts, SourceLocation Loc) {
  auto *CS = CompoundStmt::Create(Ctx, Stmts, FPOptionsOverride(), Loc, Loc);
  QualType T = cast<Expr>(Stmts.back())->getType();
  return new (Ctx) StmtExpr(CS, T, Loc, Loc, /*TemplateDepth=*/0);
}

/// Binds E to a temporary unless it is a plain variable already: inside
/// __builtin_preserve_access_index() only the access path may appear (a
/// nested rewrite there would be a nested builtin, which clang rejects).
Expr *Rewriter::hoistValue(Expr *E, SmallVectorImpl<Stmt *> &Pre) {
  const Expr *Plain = E->IgnoreParenImpCasts();
  if (isa<DeclRefExpr>(Plain) || isa<IntegerLiteral>(Plain))
    return E;
  SourceLocation Loc = E->getBeginLoc();
  QualType T = E->getType().getUnqualifiedType();
  char K = 'v';
  if (T->isPointerType()) {
    Ptr P = Prov.value(E, Fn);
    K = P == Ptr::Kernel ? 'k' : P == Ptr::User ? 'u' : 'v';
  }
  VarDecl *V = temp(T, K, Loc);
  V->setInit(E);
  Pre.push_back(new (Ctx) DeclStmt(DeclGroupRef(V), Loc, Loc));
  return rvalue(ref(V, Loc));
}

/// Whether the lvalue L reaches memory through a pointer (`p->`, `*p`)
/// with only members and array elements after it: the chains whose
/// bitfield offsets CO-RE relocates from that pointer.
bool hasPointerRoot(const Expr *L) {
  for (const Expr *E = L->IgnoreParens();;) {
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (ME->isArrow())
        return true;
      E = ME->getBase()->IgnoreParens();
    } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      const auto *Decay = dyn_cast<ImplicitCastExpr>(AS->getBase());
      if (!Decay || Decay->getCastKind() != CK_ArrayToPointerDecay)
        return false;
      E = Decay->getSubExpr()->IgnoreParens();
    } else if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      return UO->getOpcode() == UO_Deref;
    } else {
      return false;
    }
  }
}

/// Moves the pointer at the root of the lvalue L, and any index that is not
/// a constant, into temporaries (appended to Pre). Returns L (changed in
/// place); *Root is the root pointer expression afterwards, or null if the
/// root is not a pointer (a member of a local, say).
Expr *Rewriter::hoist(Expr *L, SmallVectorImpl<Stmt *> &Pre, Expr **Root) {
  Expr *E = L->IgnoreParens();
  if (auto *ME = dyn_cast<MemberExpr>(E)) {
    if (ME->isArrow()) {
      ME->setBase(hoistValue(ME->getBase(), Pre));
      *Root = ME->getBase();
    } else {
      hoist(ME->getBase(), Pre, Root);
    }
  } else if (auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    auto *Decay = dyn_cast<ImplicitCastExpr>(AS->getBase());
    if (Decay && Decay->getCastKind() == CK_ArrayToPointerDecay) {
      hoist(Decay->getSubExpr(), Pre, Root);
    } else {
      AS->setLHS(hoistValue(AS->getLHS(), Pre));
      AS->setRHS(hoistValue(AS->getRHS(), Pre));
      *Root = nullptr; // pointer arithmetic: no CO-RE root for bitfields
      return L;
    }
    if (!AS->getIdx()->isIntegerConstantExpr(Ctx))
      AS->setRHS(hoistValue(AS->getRHS(), Pre));
  } else if (auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_Deref) {
      UO->setSubExpr(hoistValue(UO->getSubExpr(), Pre));
      *Root = UO->getSubExpr();
    }
  }
  return L;
}

void Rewriter::makeRelocatable(RecordDecl *RD) {
  if (!RD || RD->hasAttr<BPFPreserveAccessIndexAttr>())
    return;
  // What Sema does for the attribute written on a record: the record, its
  // fields and its nested records all carry it (CodeGen checks fields for
  // array accesses).
  RD->addAttr(BPFPreserveAccessIndexAttr::CreateImplicit(Ctx));
  for (Decl *D : RD->decls()) {
    if (auto *Inner = dyn_cast<RecordDecl>(D)) {
      makeRelocatable(Inner);
      continue;
    }
    if (!D->hasAttr<BPFPreserveAccessIndexAttr>())
      D->addAttr(BPFPreserveAccessIndexAttr::CreateImplicit(Ctx));
  }
  if (S.Diags.enabled(Flag::AutoCoreRemark))
    S.Diags.report(Flag::AutoCoreRemark, RD->getLocation(),
                   "%0 '%1' made CO-RE relocatable (preserve_access_index)")
        << RD->getKindName() << RD->getName();
}

void Rewriter::makeRelocatable(const Expr *L) {
  for (const Expr *E = L->IgnoreParens();;) {
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        makeRelocatable(const_cast<RecordDecl *>(FD->getParent()));
      if (ME->isArrow())
        return;
      E = ME->getBase()->IgnoreParens();
    } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      E = AS->getBase()->IgnoreParenImpCasts();
    } else {
      return;
    }
  }
}

std::string Rewriter::describe(const Expr *E) {
  E = E->IgnoreParenImpCasts();
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return describe(ME->getBase()) + (ME->isArrow() ? "->" : ".") +
           ME->getMemberDecl()->getNameAsString();
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
    std::string Idx = "[...]";
    if (auto V = AS->getIdx()->getIntegerConstantExpr(Ctx))
      Idx = "[" + toString(*V, 10) + "]";
    return describe(AS->getBase()) + Idx;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    if (UO->getOpcode() == UO_Deref)
      return "*" + describe(UO->getSubExpr());
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    // One of our temporaries: describe what it holds.
    const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
    if (V && V->getName().starts_with(TempPrefix) && V->getInit())
      return describe(V->getInit());
    return DRE->getDecl()->getNameAsString();
  }
  if (const auto *SE = dyn_cast<StmtExpr>(E))
    if (const Expr *L = readSource(SE))
      return describe(L);
  return "(...)";
}

void Rewriter::remark(SourceLocation Loc, const Expr *L, Ptr Where,
                      bool Whole) {
  if (!S.Diags.enabled(Flag::AutoCoreRemark))
    return;
  S.Diags.report(Flag::AutoCoreRemark, Loc,
                 "%select{load of|copy from}0 '%1' through a %select{kernel|"
                 "user}2 pointer: CO-RE bpf_probe_read_%select{kernel|user}2")
      << Whole << describe(L) << (Where == Ptr::User);
}

Expr *Rewriter::read(ImplicitCastExpr *IC, Ptr Where) {
  Expr *L = IC->getSubExpr();
  QualType T = IC->getType().getUnqualifiedType();
  SourceLocation Loc = IC->getBeginLoc();
  bool CoRe = S.AutoCore.DebugInfo;
  if (T->isAtomicType() || T->isArrayType())
    return nullptr;
  FieldDecl *BF = L->getSourceBitField();
  if (BF && !CoRe)
    return nullptr; // bitfield offsets need the CO-RE builtins (and -g)
  if (BF && !hasPointerRoot(L))
    return nullptr; // p[i].bits: no CO-RE root to offset from
  remark(Loc, L, Where, T->isRecordType());
  SmallVector<Stmt *, 8> Pre;
  Expr *Root = nullptr;
  hoist(L, Pre, &Root);
  makeRelocatable(L);
  // Should clang refuse a node we build, keep the (hoisted) load as written
  // rather than leave the temporaries undeclared: the verifier will say.
  auto Fallback = [&]() -> Expr * {
    Pre.push_back(IC);
    return stmtExpr(Pre, Loc);
  };
  if (BF) {
    size_t Before = Pre.size();
    if (Expr *R = readBitfield(L, Root, T, Where, Pre))
      return R;
    Pre.resize(Before);
    return Fallback();
  }
  char K = 'v';
  if (T->isPointerType())
    K = (Where == Ptr::User || isUserPointer(T)) ? 'u' : 'k';
  VarDecl *V = temp(T, K, Loc);
  Pre.push_back(new (Ctx) DeclStmt(DeclGroupRef(V), Loc, Loc));
  Expr *Src = addrOf(L, Loc);
  if (Src && CoRe)
    Src = builtin("__builtin_preserve_access_index", {Src}, Loc);
  Expr *Size =
      intLit(Ctx.getTypeSizeInChars(T).getQuantity(), Ctx.UnsignedIntTy, Loc);
  Expr *Call = helper(Where == Ptr::User ? HelperProbeReadUser
                                         : HelperProbeReadKernel,
                      {addrOf(ref(V, Loc), Loc), Size, Src}, Loc);
  if (!Call) {
    Pre.pop_back(); // V
    return Fallback();
  }
  Pre.push_back(Call);
  Pre.push_back(rvalue(ref(V, Loc)));
  return stmtExpr(Pre, Loc);
}

/// BPF_CORE_READ_BITFIELD_PROBED: read the bytes that hold the field at
/// their relocated offset and size, then shift by the relocated amounts.
Expr *Rewriter::readBitfield(Expr *L, Expr *Root, QualType T, Ptr Where,
                             SmallVectorImpl<Stmt *> &Pre) {
  SourceLocation Loc = L->getBeginLoc();
  enum { ByteOffset = 0, ByteSize = 1, Signed = 3, LShift = 4, RShift = 5 };
  auto Info = [&](int Kind) {
    return builtin("__builtin_preserve_field_info",
                   {L, intLit(Kind, Ctx.IntTy, Loc)}, Loc);
  };
  // clang checks the builtin's operand once; if it refuses, nothing else
  // is built.
  if (!Info(ByteOffset))
    return nullptr;
  QualType U64 = Ctx.UnsignedLongLongTy;
  VarDecl *V = temp(U64, 'v', Loc);
  V->setInit(intLit(0, U64, Loc));
  Pre.push_back(new (Ctx) DeclStmt(DeclGroupRef(V), Loc, Loc));
  // (const char *)root + byte_offset
  QualType CharPtr = Ctx.getPointerType(Ctx.CharTy.withConst());
  Expr *Base = Sem.BuildCStyleCastExpr(
                      Loc, Ctx.getTrivialTypeSourceInfo(CharPtr, Loc), Loc,
                      Root)
                   .get();
  Expr *Src = Sem.BuildBinOp(nullptr, Loc, BO_Add, Base, Info(ByteOffset))
                  .get();
  Pre.push_back(helper(Where == Ptr::User ? HelperProbeReadUser
                                          : HelperProbeReadKernel,
                       {addrOf(ref(V, Loc), Loc), Info(ByteSize), Src}, Loc));
  Pre.push_back(
      Sem.BuildBinOp(nullptr, Loc, BO_ShlAssign, ref(V, Loc), Info(LShift))
          .get());
  QualType S64 = Ctx.LongLongTy;
  Expr *AsSigned =
      Sem.BuildCStyleCastExpr(Loc, Ctx.getTrivialTypeSourceInfo(S64, Loc),
                              Loc, rvalue(ref(V, Loc)))
          .get();
  Expr *SShr =
      Sem.BuildBinOp(nullptr, Loc, BO_Shr, AsSigned, Info(RShift)).get();
  SShr = Sem.BuildCStyleCastExpr(Loc, Ctx.getTrivialTypeSourceInfo(U64, Loc),
                                 Loc, SShr)
             .get();
  Expr *UShr =
      Sem.BuildBinOp(nullptr, Loc, BO_Shr, rvalue(ref(V, Loc)), Info(RShift))
          .get();
  Expr *Sel =
      Sem.ActOnConditionalOp(Loc, Loc, Info(Signed), SShr, UShr).get();
  Pre.push_back(
      Sem.BuildBinOp(nullptr, Loc, BO_Assign, ref(V, Loc), Sel).get());
  Pre.push_back(Sem.BuildCStyleCastExpr(
                       Loc, Ctx.getTrivialTypeSourceInfo(T, Loc), Loc,
                       rvalue(ref(V, Loc)))
                    .get());
  return stmtExpr(Pre, Loc);
}

/// __builtin_memcpy(dst, t->comm, n) with a kernel source: one
/// bpf_probe_read_kernel(dst, n, &t->comm) — the whole array in one read.
Stmt *Rewriter::memcpyToProbeRead(CallExpr *CE, Ptr Where) {
  SourceLocation Loc = CE->getBeginLoc();
  SmallVector<Stmt *, 8> Pre;
  Expr *Src = CE->getArg(1);
  Expr *Obj = Src->IgnoreParenCasts();
  if (auto *UO = dyn_cast<UnaryOperator>(Obj);
      UO && UO->getOpcode() == UO_AddrOf)
    Obj = UO->getSubExpr();
  remark(Loc, Obj, Where, true);
  if (Obj->isGLValue()) {
    Expr *Root = nullptr;
    hoist(Obj, Pre, &Root);
    makeRelocatable(Obj);
    if (S.AutoCore.DebugInfo)
      Src = builtin("__builtin_preserve_access_index", {Src}, Loc);
  } else {
    Src = hoistValue(Src, Pre);
  }
  Pre.push_back(helper(Where == Ptr::User ? HelperProbeReadUser
                                          : HelperProbeReadKernel,
                       {CE->getArg(0), CE->getArg(2), Src}, Loc));
  if (Pre.size() == 1)
    return Pre.front();
  return CompoundStmt::Create(Ctx, Pre, FPOptionsOverride(), Loc, Loc);
}

void rewriteIfNeeded(PluginState &S, Sema &Sem, Provenance &Prov,
                     FunctionDecl *FD) {
  Rewriter R(S, Sem, Prov, FD);
  if (R.needed())
    R.run();
}

/// `#pragma bpfcc auto_core off|on`
class AutoCorePragma : public PragmaHandler {
public:
  explicit AutoCorePragma(std::shared_ptr<PluginState> S)
      : PragmaHandler("auto_core"), S(std::move(S)) {}

  void HandlePragma(Preprocessor &PP, PragmaIntroducer Introducer,
                    Token &Tok) override {
    SourceLocation Loc = Tok.getLocation();
    PP.Lex(Tok);
    bool On;
    if (Tok.is(tok::identifier) && Tok.getIdentifierInfo()->isStr("on"))
      On = true;
    else if (Tok.is(tok::identifier) && Tok.getIdentifierInfo()->isStr("off"))
      On = false;
    else {
      S->Diags.error(Tok.getLocation(),
                     "expected 'on' or 'off' after '#pragma bpfcc auto_core'");
      return;
    }
    S->AutoCore.Pragmas.push_back({Loc, On});
  }

private:
  std::shared_ptr<PluginState> S;
};

bool enabled(PluginState &S, ASTContext &Ctx) {
  return S.Opts.AutoCore && !Ctx.getDiagnostics().hasErrorOccurred();
}

/// Forgets our opt-out annotation once it is recorded, so that it leaves
/// no trace in the object (clang would emit llvm.global.annotations).
void takeOptOut(PluginState &S, FunctionDecl *FD) {
  if (!FD->hasAttr<AnnotateAttr>())
    return;
  bool Found = false;
  for (FunctionDecl *R : FD->redecls()) {
    AttrVec &Attrs = R->getAttrs();
    auto It = llvm::remove_if(Attrs, [](Attr *A) {
      auto *AA = dyn_cast<AnnotateAttr>(A);
      return AA && AA->getAnnotation() == "bpfcc_no_auto_core";
    });
    if (It != Attrs.end()) {
      Found = true;
      Attrs.erase(It, Attrs.end());
    }
    if (!R->hasAttrs())
      continue;
  }
  if (Found)
    S.AutoCore.OptedOut.push_back(FD->getCanonicalDecl());
}

} // namespace

void installAutoCore(std::shared_ptr<PluginState> S, CompilerInstance &CI) {
  S->AutoCore.DebugInfo = CI.getCodeGenOpts().hasReducedDebugInfo();
  CI.getPreprocessor().AddPragmaHandler("bpfcc", new AutoCorePragma(S));
}

void autoCoreTopLevel(PluginState &S, Sema &Sem, FunctionDecl *FD) {
  takeOptOut(S, FD);
  ASTContext &Ctx = Sem.getASTContext();
  if (!FD->doesThisDeclarationHaveABody() || !FD->hasAttr<SectionAttr>() ||
      !enabled(S, Ctx))
    return;
  Provenance Prov(S, Ctx, /*WholeTU=*/false);
  if (!Prov.ctxOf(FD).Probe)
    return;
  rewriteIfNeeded(S, Sem, Prov, FD);
}

void autoCoreTranslationUnit(PluginState &S, Sema &Sem, ASTContext &Ctx) {
  if (!enabled(S, Ctx))
    return;
  Provenance Prov(S, Ctx, /*WholeTU=*/true);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    auto *FD = dyn_cast<FunctionDecl>(D);
    // Static and inline functions: CodeGen emits them at the end of the
    // translation unit, after this.
    if (!FD || !FD->doesThisDeclarationHaveABody() ||
        FD->hasAttr<SectionAttr>() ||
        (FD->isExternallyVisible() && !FD->isInlined()))
      continue;
    FnCtx C = Prov.ctxOf(FD);
    if (C.Probe)
      rewriteIfNeeded(S, Sem, Prov, FD);
  }
}

} // namespace bpfcc
