//===- Syscall.cpp - syscall arguments on every architecture --------------===//
//
// The AST half of issue 6; the IR half (folding the wrapper extern) is in
// SyscallFold.cpp. docs/syscalls.md describes every diagnostic.
//
//===----------------------------------------------------------------------===//

#include "Syscall.h"
#include "PluginState.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/Builtins.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include <bpf/btf.h>

using namespace clang;
using namespace llvm;

namespace bpfcc {

StringRef archName(TargetArch A) {
  switch (A) {
  case TargetArch::X86:
    return "x86";
  case TargetArch::Arm64:
    return "arm64";
  case TargetArch::S390:
    return "s390";
  case TargetArch::Riscv:
    return "riscv";
  case TargetArch::PowerPC:
    return "powerpc";
  case TargetArch::Other:
    return "other";
  case TargetArch::Unknown:
    break;
  }
  return "unknown";
}

TargetArch targetArch(Preprocessor &PP) {
  // libbpf's order (x86 first) decides when several are defined; its
  // bpf_target_* macros record the result once bpf_tracing.h is included.
  static const std::pair<const char *, TargetArch> kArches[] = {
      {"x86", TargetArch::X86},         {"s390", TargetArch::S390},
      {"arm", TargetArch::Other},       {"arm64", TargetArch::Arm64},
      {"mips", TargetArch::Other},      {"powerpc", TargetArch::PowerPC},
      {"sparc", TargetArch::Other},     {"riscv", TargetArch::Riscv},
      {"arc", TargetArch::Other},       {"loongarch", TargetArch::Other},
  };
  for (const char *Prefix : {"bpf_target_", "__TARGET_ARCH_"})
    for (auto &[Name, A] : kArches)
      if (PP.isMacroDefined((Twine(Prefix) + Name).str()))
        return A;
  return TargetArch::Unknown;
}

std::optional<KernelVersion> syscallWrapperSince(TargetArch Arch) {
  switch (Arch) {
  case TargetArch::X86:
    return KernelVersion{4, 17}; // fa697140f9a2, x86_64 and i386
  case TargetArch::Arm64:
    return KernelVersion{4, 19}; // 4378a7d4be30
  case TargetArch::S390:
    return KernelVersion{5, 0}; // aa0d6e70d3b3
  case TargetArch::Riscv:
    return KernelVersion{6, 6}; // 08d0ce30e0e4
  case TargetArch::PowerPC:
    // 7e92e01b7245 (6.1) selects it only "if !SPU_BASE && !COMPAT": it
    // depends on the kernel's configuration, so only the loader can tell.
  default:
    return std::nullopt;
  }
}

namespace {

/// The names architectures give their syscall entry points (the function a
/// kprobe on a syscall attaches to). Compat entries are not listed: they
/// are a different syscall ABI, and ksyscall/ never attaches to them.
struct SyscallPrefix {
  const char *Prefix;
  TargetArch Arch;
};
constexpr SyscallPrefix kSyscallPrefixes[] = {
    {"__x64_sys_", TargetArch::X86},
    {"__arm64_sys_", TargetArch::Arm64},
    {"__s390x_sys_", TargetArch::S390},
    {"__riscv_sys_", TargetArch::Riscv},
    {"__powerpc_sys_", TargetArch::PowerPC},
};

/// Socket syscalls that __ARCH_WANT_SYS_SOCKETCALL arches also reach
/// through socketcall(2), which calls __sys_<name>() directly.
constexpr const char *kSocketcallSyscalls[] = {
    "socket",      "bind",        "connect",     "listen",   "accept",
    "accept4",     "getsockname", "getpeername", "socketpair", "send",
    "sendto",      "recv",        "recvfrom",    "shutdown", "setsockopt",
    "getsockopt",  "sendmsg",     "recvmsg",     "recvmmsg", "sendmmsg",
};

bool inMacro(SourceLocation L, const SourceManager &SM, const LangOptions &LO,
             ArrayRef<StringRef> Names) {
  while (L.isMacroID()) {
    StringRef N = Lexer::getImmediateMacroName(L, SM, LO);
    if (llvm::is_contained(Names, N))
      return true;
    L = SM.getImmediateMacroCallerLoc(L);
  }
  return false;
}

/// The string literal of FD's section attribute, as written in the main
/// source (through SEC("...") or __attribute__((section("...")))), or an
/// invalid range when it is not a plain literal there.
CharSourceRange sectionLiteral(const SectionAttr *A, const SourceManager &SM,
                               const LangOptions &LO) {
  SourceLocation Begin = SM.getExpansionLoc(A->getLocation());
  if (Begin.isInvalid() || SM.isInSystemHeader(Begin))
    return {};
  auto [FID, Off] = SM.getDecomposedLoc(Begin);
  bool Invalid = false;
  StringRef Buf = SM.getBufferData(FID, &Invalid);
  if (Invalid)
    return {};
  Lexer Lex(SM.getLocForStartOfFile(FID), LO, Buf.begin(), Buf.begin() + Off,
            Buf.end());
  Token T;
  std::string Want = ("\"" + A->getName() + "\"").str();
  for (int I = 0; I < 8 && !Lex.LexFromRawLexer(T); ++I) {
    if (T.is(tok::string_literal)) {
      StringRef Spelled(SM.getCharacterData(T.getLocation()), T.getLength());
      if (Spelled != Want)
        return {};
      return CharSourceRange::getTokenRange(T.getLocation());
    }
  }
  return {};
}

/// Names the register/field an arm64 pt_regs access reads.
std::string arm64RegName(StringRef Field, std::optional<uint64_t> Index) {
  if (Field == "regs" && Index)
    return ("regs[" + Twine(*Index) + "] (x" + Twine(*Index) + ")").str();
  return Field.str();
}

/// Fields of arm64's pt_regs that ftrace_partial_regs() fills from
/// ftrace_regs for fprobe-based programs (kprobe.multi, kprobe.session):
/// x0-x8, fp (x29), lr (x30), sp, pc. Everything else is stale stack.
bool arm64FtraceRegsPopulated(StringRef Field, std::optional<uint64_t> Index) {
  if (Field == "sp" || Field == "pc")
    return true;
  if (Field == "regs")
    return !Index || *Index <= 8 || *Index == 29 || *Index == 30;
  // The whole user_regs member (e.g. its address) reads nothing itself.
  return Field == "user_regs";
}

bool isFprobeSection(StringRef Section) {
  return Section.starts_with("kprobe.multi") ||
         Section.starts_with("kretprobe.multi") ||
         Section.starts_with("kprobe.session");
}

class Analysis {
public:
  Analysis(PluginState &S, ASTContext &Ctx)
      : S(S), Ctx(Ctx), SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()) {}

  void run();

private:
  void checkAttachName(const FunctionDecl *FD, const ProgramKind &K);
  void checkKsyscall(const FunctionDecl *FD, const ProgramKind &K);
  void checkQuirks(const FunctionDecl *FD, StringRef Name,
                   const FunctionDecl *Inner);
  void checkPrototype(const FunctionDecl *FD, StringRef Name,
                      const FunctionDecl *Inner);
  void checkSparseRegs(const FunctionDecl *FD);
  void checkNonCoreReads();
  void decideFold();
  TargetArch btfArch(const RawBTF *B);

  PluginState &S;
  ASTContext &Ctx;
  SourceManager &SM;
  const LangOptions &LO;
  TargetArch Arch = TargetArch::Unknown;
  StringMap<const FunctionDecl *> Functions;
};

void Analysis::run() {
  if (S.Syscall.PP)
    Arch = targetArch(*S.Syscall.PP);
  S.Syscall.Arch = Arch;
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
    if (auto *FD = dyn_cast<FunctionDecl>(D))
      if (FD->doesThisDeclarationHaveABody())
        Functions[FD->getName()] = FD;

  for (auto &[FD, K] : S.Sections.programs()) {
    const FunctionDecl *Def = FD->getDefinition();
    if (!Def)
      continue;
    checkAttachName(Def, K);
    checkKsyscall(Def, K);
    if (Arch == TargetArch::Arm64 && isFprobeSection(K.Section))
      checkSparseRegs(Def);
  }
  if (S.Opts.SyscallRegs && Arch != TargetArch::X86 &&
      Arch != TargetArch::Unknown)
    checkNonCoreReads();
  decideFold();
}

// SEC("kprobe/__x64_sys_openat") attaches to one architecture's wrapper;
// SEC("ksyscall/openat") lets libbpf pick the right symbol on each kernel.
void Analysis::checkAttachName(const FunctionDecl *FD, const ProgramKind &K) {
  StringRef Sec = K.Section;
  bool Ret = Sec.consume_front("kretprobe/");
  if (!Ret && !Sec.consume_front("kprobe/"))
    return;
  for (const SyscallPrefix &P : kSyscallPrefixes) {
    StringRef Name = Sec;
    if (!Name.consume_front(P.Prefix) || Name.empty())
      continue;
    if (!S.Diags.enabled(Flag::SyscallAttach))
      return;
    const auto *A = FD->getAttr<SectionAttr>();
    // Only a name spelled out in one literal: a section assembled from an
    // arch-selected prefix ("kprobe/" SYS_PREFIX "sys_prctl", as the
    // kernel's selftests do) is portable already.
    CharSourceRange R = sectionLiteral(A, SM, LO);
    if (R.isInvalid())
      return;
    std::string Fixed =
        ((K.Optional ? "?" : "") + Twine(Ret ? "kretsyscall/" : "ksyscall/") +
         Name)
            .str();
    SourceLocation Loc = SM.getExpansionLoc(A->getLocation());
    auto D = S.Diags.report(Flag::SyscallAttach, Loc,
                            "'%0' attaches to the %1 syscall wrapper only; "
                            "use SEC(\"%2\") to trace the %3 syscall on "
                            "every architecture");
    D << ((K.Optional ? "?" : "") + K.Section) << archName(P.Arch) << Fixed
      << Name;
    D << FixItHint::CreateReplacement(R, "\"" + Fixed + "\"");
    return;
  }
}

void Analysis::checkKsyscall(const FunctionDecl *FD, const ProgramKind &K) {
  StringRef Name = K.Section;
  if (!Name.consume_front("ksyscall/") || Name.empty())
    return;
  // BPF_KSYSCALL(name, args...) defines name(struct pt_regs *ctx) and the
  // user's arguments on the always-inline ____name(ctx, args...).
  auto It = Functions.find(("____" + FD->getName()).str());
  if (It == Functions.end())
    return;
  const FunctionDecl *Inner = It->second;
  if (!inMacro(Inner->getLocation(), SM, LO,
               {"BPF_KSYSCALL", "BPF_KPROBE_SYSCALL"}))
    return;
  checkQuirks(FD, Name, Inner);
  checkPrototype(FD, Name, Inner);
}

// The syscalls libbpf documents BPF_KSYSCALL does not handle
// transparently, on the architectures where they differ.
void Analysis::checkQuirks(const FunctionDecl *FD, StringRef Name,
                           const FunctionDecl *Inner) {
  if (!S.Diags.enabled(Flag::SyscallQuirk))
    return;
  unsigned NArgs = Inner->getNumParams() - 1;
  SourceLocation Loc = SM.getExpansionLoc(Inner->getLocation());
  StringRef A = archName(Arch);
  if (Name == "clone") {
    // kernel/fork.c: CONFIG_CLONE_BACKWARDS (arm64, riscv, powerpc, ...)
    // swaps tls and child_tidptr; CLONE_BACKWARDS2 (s390) swaps flags and
    // newsp.
    if (Arch == TargetArch::S390 && NArgs >= 1)
      S.Diags.report(Flag::SyscallQuirk, Loc,
                     "clone on s390 takes (newsp, clone_flags, parent_tidptr, "
                     "child_tidptr, tls) (CONFIG_CLONE_BACKWARDS2): its first "
                     "two arguments are swapped relative to x86-64");
    else if ((Arch == TargetArch::Arm64 || Arch == TargetArch::Riscv ||
              Arch == TargetArch::PowerPC) &&
             NArgs >= 4)
      S.Diags.report(Flag::SyscallQuirk, Loc,
                     "clone on %0 takes (clone_flags, newsp, parent_tidptr, "
                     "tls, child_tidptr) (CONFIG_CLONE_BACKWARDS): arguments "
                     "4 and 5 are swapped relative to x86-64")
          << A;
    return;
  }
  if (Name == "mmap" && Arch == TargetArch::S390 && NArgs >= 1) {
    S.Diags.report(Flag::SyscallQuirk, Loc,
                   "mmap on s390 is old_mmap (__ARCH_WANT_SYS_OLD_MMAP): its "
                   "only argument is a pointer to struct mmap_arg_struct");
    return;
  }
  if (Arch == TargetArch::S390 && llvm::is_contained(kSocketcallSyscalls, Name))
    S.Diags.report(Flag::SyscallQuirk, Loc,
                   "%0 on s390 is also reached through socketcall(2) "
                   "(__ARCH_WANT_SYS_SOCKETCALL), which this program does not "
                   "see; trace ksyscall/socketcall too")
        << Name;
}

// Which architecture a kernel BTF comes from: its syscall entry points.
TargetArch Analysis::btfArch(const RawBTF *B) {
  for (const SyscallPrefix &P : kSyscallPrefixes)
    if (B->find((Twine(P.Prefix) + "read").str(), BTF_KIND_FUNC) > 0)
      return P.Arch;
  return TargetArch::Unknown;
}

// BPF_KSYSCALL's arguments against __do_sys_<name> (the typed body, with
// parameter names) or __se_sys_<name> (all long) in the kernel's BTF.
void Analysis::checkPrototype(const FunctionDecl *FD, StringRef Name,
                              const FunctionDecl *Inner) {
  if (!S.Diags.enabled(Flag::SyscallArgs))
    return;
  const RawBTF *B = S.Kernel.raw();
  if (!B)
    return; // no BTF, no check: -Wbpfcc-proto-skipped reports it once.
  // A kernel of another architecture says nothing about this program.
  TargetArch BA = btfArch(B);
  if (Arch != TargetArch::Unknown && BA != TargetArch::Unknown && BA != Arch)
    return;
  SourceLocation Loc = SM.getExpansionLoc(Inner->getLocation());
  int Id = 0;
  for (const char *Prefix : {"__do_sys_", "__se_sys_"})
    if ((Id = B->find((Prefix + Name).str(), BTF_KIND_FUNC)) > 0)
      break;
  if (Id <= 0) {
    // Syscalls defined with SYSCALL_DEFINE0 have neither: look for the
    // entry point itself before complaining.
    for (const SyscallPrefix &P : kSyscallPrefixes)
      if (B->find((P.Prefix + Name).str(), BTF_KIND_FUNC) > 0)
        return;
    if (B->find(("sys_" + Name).str(), BTF_KIND_FUNC) > 0)
      return;
    S.Diags.report(Flag::SyscallArgs, Loc,
                   "no syscall '%0' in the kernel BTF %1: ksyscall/%0 will "
                   "not attach")
        << Name << S.Kernel.path();
    return;
  }
  const struct btf_type *Func = B->type(Id);
  const struct btf_type *Proto = B->type(Func->type);
  if (!Proto || !btf_is_func_proto(Proto))
    return;
  unsigned KernelN = btf_vlen(Proto);
  const struct btf_param *Params = btf_params(Proto);
  // SYSCALL_DEFINE0 on x86 and arm64 gives __do_sys_<name> an unused
  // "const struct pt_regs *__unused": no argument at all.
  if (KernelN == 1) {
    const char *N0 = B->str(Params[0].name_off);
    if (N0 && StringRef(N0) == "__unused")
      KernelN = 0;
  }
  unsigned UserN = Inner->getNumParams() - 1;
  if (UserN > KernelN) {
    const ParmVarDecl *Extra = Inner->getParamDecl(KernelN + 1);
    S.Diags.report(Flag::SyscallArgs, Extra->getLocation(),
                   "syscall %0 takes %1 argument%s1, but BPF_KSYSCALL(%2) "
                   "lists %3: '%4' reads a register the syscall does not set")
        << Name << KernelN << FD->getName() << UserN << Extra->getName();
    return;
  }
  for (unsigned I = 0; I < UserN; ++I) {
    const ParmVarDecl *P = Inner->getParamDecl(I + 1);
    const struct btf_type *T = B->type(Params[I].type);
    while (T && (btf_is_mod(T) || btf_is_typedef(T)))
      T = B->type(T->type);
    if (!T)
      continue;
    bool KernelPtr = btf_is_ptr(T);
    bool UserPtr = P->getType()->isPointerType();
    if (KernelPtr == UserPtr)
      continue;
    const char *KName = B->str(Params[I].name_off);
    S.Diags.report(Flag::SyscallArgs, P->getLocation(),
                   "argument %0 of BPF_KSYSCALL(%1) is %select{an integer|a "
                   "pointer}2, but parameter %0 ('%3') of syscall %4 is "
                   "%select{an integer|a pointer}5")
        << (I + 1) << FD->getName() << UserPtr
        << (KName && *KName ? KName : "?") << Name << KernelPtr;
  }
}

/// Finds the pt_regs fields a program reads through its context, following
/// the context into static callees (BPF_KPROBE's ____name) by argument.
class CtxReads : public RecursiveASTVisitor<CtxReads> {
public:
  CtxReads(PluginState &S, SmallPtrSetImpl<const FunctionDecl *> &Seen)
      : S(S), Seen(Seen) {}

  SmallPtrSet<const ParmVarDecl *, 4> Ctx;

  bool isCtx(const Expr *E) const {
    E = E->IgnoreParenCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      if (const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl()))
        return Ctx.count(P);
    return false;
  }

  /// The named field this member access reaches from the context, skipping
  /// clang's implicit accesses of anonymous unions and structs.
  bool rootedAtCtx(const MemberExpr *ME) const {
    const Expr *Base = ME->getBase()->IgnoreParenCasts();
    while (const auto *Inner = dyn_cast<MemberExpr>(Base)) {
      const auto *FDecl = dyn_cast<FieldDecl>(Inner->getMemberDecl());
      if (!FDecl || !FDecl->isAnonymousStructOrUnion())
        return false;
      Base = Inner->getBase()->IgnoreParenCasts();
    }
    return isCtx(Base);
  }

  void report(const MemberExpr *ME, std::optional<uint64_t> Index,
              SourceLocation Loc) {
    StringRef Field = ME->getMemberDecl()->getName();
    if (arm64FtraceRegsPopulated(Field, Index))
      return;
    SourceManager &SM = S.Diags.engine().getSourceManager();
    S.Diags.report(Flag::SparsePtRegs, SM.getExpansionLoc(Loc),
                   "pt_regs field '%0' is not filled in for kprobe.multi "
                   "programs on arm64: fprobe builds pt_regs from ftrace_regs, "
                   "which has only x0-x8, fp, lr, sp and pc")
        << arm64RegName(Field, Index);
  }

  bool TraverseArraySubscriptExpr(ArraySubscriptExpr *E) {
    const Expr *Base = E->getBase()->IgnoreParenImpCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(Base); ME && rootedAtCtx(ME)) {
      Expr::EvalResult R;
      std::optional<uint64_t> Index;
      if (E->getIdx()->EvaluateAsInt(R, ME->getMemberDecl()->getASTContext()))
        Index = R.Val.getInt().getZExtValue();
      report(ME, Index, ME->getMemberLoc());
      Handled.insert(ME);
    }
    return RecursiveASTVisitor::TraverseArraySubscriptExpr(E);
  }

  bool VisitMemberExpr(MemberExpr *ME) {
    if (Handled.count(ME) || !rootedAtCtx(ME))
      return true;
    const auto *FDecl = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!FDecl || FDecl->isAnonymousStructOrUnion())
      return true;
    report(ME, std::nullopt, ME->getMemberLoc());
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    if (!Callee || !(Callee = Callee->getDefinition()) ||
        !Seen.insert(Callee).second)
      return true;
    CtxReads Sub(S, Seen);
    for (unsigned I = 0; I < CE->getNumArgs() && I < Callee->getNumParams();
         ++I)
      if (isCtx(CE->getArg(I)))
        Sub.Ctx.insert(Callee->getParamDecl(I));
    if (!Sub.Ctx.empty())
      Sub.TraverseStmt(Callee->getBody());
    return true;
  }

private:
  PluginState &S;
  SmallPtrSetImpl<const FunctionDecl *> &Seen;
  SmallPtrSet<const MemberExpr *, 8> Handled;
};

void Analysis::checkSparseRegs(const FunctionDecl *FD) {
  if (!S.Diags.enabled(Flag::SparsePtRegs) || FD->getNumParams() < 1)
    return;
  SmallPtrSet<const FunctionDecl *, 8> Seen;
  Seen.insert(FD);
  CtxReads V(S, Seen);
  V.Ctx.insert(FD->getParamDecl(0));
  V.TraverseStmt(FD->getBody());
}

/// Direct member reads through pt_regs flavors (struct pt_regs___<arch>)
/// that lack preserve_access_index, outside __builtin_preserve_access_index:
/// their offsets are the user's guess at a kernel-internal layout.
class NonCoreReads : public RecursiveASTVisitor<NonCoreReads> {
public:
  explicit NonCoreReads(PluginState &S) : S(S) {}

  bool TraverseCallExpr(CallExpr *CE) {
    bool Core = CE->getBuiltinCallee() == Builtin::BI__builtin_preserve_access_index;
    Depth += Core;
    bool R = RecursiveASTVisitor::TraverseCallExpr(CE);
    Depth -= Core;
    return R;
  }

  // sizeof and typeof read nothing (BPF_CORE_READ declares its result
  // with typeof(src->field)).
  bool TraverseUnaryExprOrTypeTraitExpr(UnaryExprOrTypeTraitExpr *) {
    return true;
  }
  bool TraverseTypeOfExprTypeLoc(TypeOfExprTypeLoc) { return true; }
  bool TraverseTypeOfExprType(TypeOfExprType *) { return true; }

  bool VisitMemberExpr(MemberExpr *ME) {
    if (Depth)
      return true;
    const auto *FDecl = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!FDecl || FDecl->isAnonymousStructOrUnion())
      return true;
    const RecordDecl *RD = FDecl->getParent();
    while (RD && RD->isAnonymousStructOrUnion())
      RD = dyn_cast<RecordDecl>(RD->getDeclContext());
    if (!RD || !RD->getName().starts_with("pt_regs___") ||
        RD->hasAttr<BPFPreserveAccessIndexAttr>())
      return true;
    SourceManager &SM = S.Diags.engine().getSourceManager();
    SourceLocation Loc = SM.getExpansionLoc(ME->getMemberLoc());
    S.Diags.error(Loc, "non-CO-RE read of kernel-internal field '%0' of "
                       "'struct %1': its offset is not ABI and differs from "
                       "the kernel's")
        << FDecl->getName() << RD->getName();
    S.Diags.note(Loc, "read it with BPF_CORE_READ() (or "
                      "PT_REGS_PARMn_CORE_SYSCALL()), or declare the struct "
                      "with __attribute__((preserve_access_index))");
    return true;
  }

private:
  PluginState &S;
  unsigned Depth = 0;
};

void Analysis::checkNonCoreReads() {
  NonCoreReads V(S);
  for (auto &[Name, FD] : Functions)
    if (!SM.isInSystemHeader(FD->getLocation()))
      V.TraverseStmt(FD->getBody());
}

// The remarks are given by the IR pass, only when the extern is there.
void Analysis::decideFold() {
  std::optional<KernelVersion> Target = S.Opts.TargetKernel;
  if (!Target || !S.Opts.FoldSyscallWrapper)
    return;
  std::optional<KernelVersion> Since = syscallWrapperSince(Arch);
  SyscallPlan &P = S.Syscall;
  if (Since && !(*Target < *Since)) {
    P.FoldWrapper = true;
    P.FoldReason = ("LINUX_HAS_SYSCALL_WRAPPER is 1 on " + archName(Arch) +
                    " kernels since " + Since->str() +
                    ": folded for --target-kernel=" + Target->str())
                       .str();
    return;
  }
  // Older targets, arches where it depends on the configuration, unknown
  // arches: the loader decides, as without bpfcc.
  if (Arch == TargetArch::Unknown)
    P.FoldReason = "LINUX_HAS_SYSCALL_WRAPPER not folded: no __TARGET_ARCH_* "
                   "is defined";
  else if (!Since)
    P.FoldReason = ("LINUX_HAS_SYSCALL_WRAPPER not folded: on " +
                    archName(Arch) + " it depends on the kernel configuration")
                       .str();
  else
    P.FoldReason = ("LINUX_HAS_SYSCALL_WRAPPER not folded: " + archName(Arch) +
                    " kernels before " + Since->str() + " lack the wrapper")
                       .str();
}

} // namespace

void analyzeSyscalls(PluginState &S, ASTContext &Ctx) {
  Analysis(S, Ctx).run();
}

} // namespace bpfcc
