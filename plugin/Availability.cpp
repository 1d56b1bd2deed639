//===- Availability.cpp - helpers, kfuncs and types the target lacks ------===//

#include "Availability.h"
#include "HelperProgTypes.h"
#include "PluginState.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include <bpf/btf.h>
#include <linux/bpf.h>

using namespace clang;
using namespace llvm;

namespace bpfcc {
namespace {

/// One row of KernelVersions.inc: an enumerator and the release that
/// introduced it.
struct Row {
  unsigned Value;
  const char *Name;
  KernelVersion Since;
};

const Row kHelpers[] = {
#define BPFCC_HELPER(V, N, MA, MI) {V, N, {MA, MI}},
#include "KernelVersions.inc"
};
const Row kProgTypes[] = {
#define BPFCC_PROG_TYPE(V, N, MA, MI) {V, N, {MA, MI}},
#include "KernelVersions.inc"
};
const Row kMapTypes[] = {
#define BPFCC_MAP_TYPE(V, N, MA, MI) {V, N, {MA, MI}},
#include "KernelVersions.inc"
};
const Row kAttachTypes[] = {
#define BPFCC_ATTACH_TYPE(V, N, MA, MI) {V, N, {MA, MI}},
#include "KernelVersions.inc"
};

/// Kernel commit e6ac2450d6de "bpf: Support bpf program calling kernel
/// function" (v5.13): before it a kfunc call is an invalid instruction, and
/// nothing in the object can replace it.
constexpr KernelVersion kKfuncCalls{5, 13};

/// What a table is about: its rows and the kernel enum that is the truth
/// in BTF.
struct Kind {
  ArrayRef<Row> Rows;
  const char *Enum;   ///< enum in the kernel's BTF
  const char *Prefix; ///< what the table leaves off the enumerators' names
};

const Kind kHelper{kHelpers, "bpf_func_id", "BPF_FUNC_"};
const Kind kProgType{kProgTypes, "bpf_prog_type", ""};
const Kind kMapType{kMapTypes, "bpf_map_type", ""};
const Kind kAttachType{kAttachTypes, "bpf_attach_type", ""};

/// "map type BPF_MAP_TYPE_RINGBUF", or the number if the table does not
/// know it.
std::string describe(const Kind &K, const char *Noun, unsigned Value) {
  const Row *R = Value < K.Rows.size() && K.Rows[Value].Value == Value
                     ? &K.Rows[Value]
                     : nullptr;
  return std::string(Noun) + " " +
         (R ? std::string(K.Prefix) + R->Name : utostr(Value));
}

const Row *lookup(const Kind &K, unsigned Value) {
  return Value < K.Rows.size() && K.Rows[Value].Value == Value
             ? &K.Rows[Value]
             : nullptr;
}

/// An extern function declared __ksym (libbpf: section ".ksyms"), which
/// libbpf resolves against the kernel's BTF: a kfunc.
bool isKfunc(const FunctionDecl *FD) {
  if (FD->getDefinition())
    return false;
  const auto *SA = FD->getMostRecentDecl()->getAttr<SectionAttr>();
  return SA && SA->getName() == ".ksyms";
}

bool isWeak(const FunctionDecl *FD) {
  const FunctionDecl *D = FD->getMostRecentDecl();
  return D->hasAttr<WeakAttr>() || D->hasAttr<WeakImportAttr>();
}

/// Answers "does the target kernel have it?", from the target BTF when one
/// was given, else from the table.
class Target {
public:
  explicit Target(PluginState &S)
      : S(S), UseBTF(!S.Opts.TargetBTF.empty()), Kernel(S.Opts.TargetKernel) {}

  /// Whether anything can be checked at all.
  bool active() const { return S.Opts.Availability && (UseBTF || Kernel); }

  /// Checks enumerator Value of K, used at Loc; Subject names the use in
  /// the message ("BPF helper 'bpf_loop'"). Reports an error and returns
  /// false when the target lacks it.
  bool check(const Kind &K, unsigned Value, const std::string &Subject,
             SourceLocation Loc) {
    const Row *R = lookup(K, Value);
    std::string Since = R ? R->Since.str() : std::string();
    std::string Name = R ? std::string(K.Prefix) + R->Name : utostr(Value);
    if (UseBTF) {
      const DenseSet<int64_t> *Values = btfEnum(K.Enum);
      if (!Values || Values->contains(Value))
        return true;
      S.Diags.error(Loc, "%0 is not in the target kernel: enum %1 in %2 has "
                         "no %3 (%4)%5")
          << Subject << K.Enum << S.Kernel.path() << Name << Value
          << (R ? ("; it was added in Linux " + Since) : std::string());
      return false;
    }
    // Unknown to the table (newer than it): nothing to say.
    if (!R || !(*Kernel < R->Since))
      return true;
    S.Diags.error(Loc, "%0 needs Linux %1, but the target kernel is %2")
        << Subject << Since << Kernel->str();
    return false;
  }

  /// A use of kfunc FD at Loc. Reports an error and returns false when the
  /// target cannot call it.
  bool checkKfunc(const FunctionDecl *FD, SourceLocation Loc) {
    if (Kernel && *Kernel < kKfuncCalls) {
      S.Diags.error(Loc, "kfunc '%0' cannot be called on the target kernel "
                         "%1: kfunc calls need Linux %2")
          << FD->getName() << Kernel->str() << kKfuncCalls.str();
      return false;
    }
    // A __weak kfunc may be missing: libbpf resolves it to 0 and the
    // program tests it with bpf_ksym_exists().
    if (!UseBTF || isWeak(FD))
      return true;
    const RawBTF *B = btf();
    if (!B)
      return true;
    int Id = B->find(FD->getName(), BTF_KIND_FUNC);
    if (Id <= 0) {
      S.Diags.error(Loc, "kfunc '%0' is not in the target kernel: %1 has no "
                         "function '%0'")
          << FD->getName() << S.Kernel.path();
      return false;
    }
    // Kernels whose BTF marks kfuncs (pahole's decl_tag_kfuncs) say exactly
    // which functions programs may call; older BTF only has the FUNC.
    const DenseSet<int> &Tagged = kfuncTags();
    if (!Tagged.empty() && !Tagged.contains(Id)) {
      S.Diags.error(Loc, "'%0' is not a kfunc of the target kernel: %1 has "
                         "no 'bpf_kfunc' tag on it")
          << FD->getName() << S.Kernel.path();
      return false;
    }
    return true;
  }

private:
  // Lookups only: the raw view, without libbpf's parse of the whole BTF.
  const RawBTF *btf() {
    const RawBTF *B = S.Kernel.raw();
    if (!B && !ReportedBTF) {
      ReportedBTF = true;
      S.Diags.fatal("cannot read the target BTF " + S.Kernel.error());
    }
    return B;
  }

  /// The enumerator values of enum Name in the target BTF, or null (and an
  /// error, once) if it cannot be read or has no such enum.
  const DenseSet<int64_t> *btfEnum(const char *Name) {
    auto It = Enums.find(Name);
    if (It != Enums.end())
      return It->second ? &*It->second : nullptr;
    std::optional<DenseSet<int64_t>> &Out = Enums[Name];
    const RawBTF *B = btf();
    if (!B)
      return nullptr;
    int Id = B->find(Name, BTF_KIND_ENUM);
    if (Id <= 0) {
      S.Diags.fatal(("the target BTF " + S.Kernel.path() + " has no enum " +
                     Name + ": is it a kernel's BTF?"));
      return nullptr;
    }
    const struct btf_type *T = B->type(Id);
    const struct btf_enum *E = btf_enum(T);
    Out.emplace();
    for (unsigned I = 0, N = btf_vlen(T); I < N; ++I) {
      // Markers such as __MAX_BPF_MAP_TYPE are no enumerator programs use.
      StringRef EName = B->name(E[I].name_off);
      if (!EName.starts_with("__"))
        Out->insert(E[I].val);
    }
    return &*Out;
  }

  /// FUNC ids carrying a "bpf_kfunc" decl tag (empty for kernels whose BTF
  /// has no such tags, e.g. 6.1).
  const DenseSet<int> &kfuncTags() {
    if (KfuncTags)
      return *KfuncTags;
    KfuncTags.emplace();
    const RawBTF *B = btf();
    if (!B)
      return *KfuncTags;
    for (unsigned Id = 1, N = B->typeCount(); Id < N; ++Id) {
      const struct btf_type *T = B->type(Id);
      if (btf_kind(T) == BTF_KIND_DECL_TAG &&
          btf_decl_tag(T)->component_idx == -1 &&
          B->name(T->name_off) == "bpf_kfunc")
        KfuncTags->insert(T->type);
    }
    return *KfuncTags;
  }

  PluginState &S;
  bool UseBTF;
  std::optional<KernelVersion> Kernel;
  bool ReportedBTF = false;
  std::map<std::string, std::optional<DenseSet<int64_t>>> Enums;
  std::optional<DenseSet<int>> KfuncTags;
};

/// Walks the code clang will emit: functions that must be emitted, those
/// with a section (programs), what file-scope initializers reference
/// (struct_ops tables) and, transitively, every function they use.
class UseWalker : public RecursiveASTVisitor<UseWalker> {
public:
  UseWalker(Target &T, Diagnostics &Diags) : T(T), Diags(Diags) {}

  void root(const FunctionDecl *FD) {
    if (const FunctionDecl *Def = FD->getDefinition())
      if (Seen.insert(Def).second)
        Work.push_back(Def);
  }

  void run() {
    while (!Work.empty()) {
      const FunctionDecl *FD = Work.pop_back_val();
      TraverseStmt(FD->getBody());
    }
  }

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (auto *VD = dyn_cast<VarDecl>(E->getDecl())) {
      if (unsigned Id = helperId(VD))
        if (!T.check(kHelper, Id, "BPF helper '" + VD->getName().str() + "'",
                     E->getLocation()))
          Diags.note(VD->getLocation(), "'%0' is declared here as BPF "
                                        "helper %1")
              << VD->getName() << Id;
      return true;
    }
    if (auto *FD = dyn_cast<FunctionDecl>(E->getDecl())) {
      if (isKfunc(FD)) {
        if (!T.checkKfunc(FD, E->getLocation()))
          Diags.note(FD->getLocation(), "'%0' is declared here as a kfunc")
              << FD->getName();
      } else {
        root(FD);
      }
    }
    return true;
  }

private:
  Target &T;
  Diagnostics &Diags;
  SmallPtrSet<const FunctionDecl *, 32> Seen;
  SmallVector<const FunctionDecl *, 32> Work;
};

/// `__uint(type, X)` is `int (*type)[X]`: X from a field's type.
std::optional<unsigned> uintField(const FieldDecl *F) {
  const auto *PT = F->getType()->getAs<PointerType>();
  if (!PT)
    return std::nullopt;
  const auto *AT = dyn_cast<ConstantArrayType>(
      PT->getPointeeType()->getUnqualifiedDesugaredType());
  if (!AT)
    return std::nullopt;
  return static_cast<unsigned>(AT->getSize().getZExtValue());
}

/// The map type fields of a BTF-defined map definition, and of its inner
/// map (`__array(values, struct inner)` of a map-in-map).
void checkMapDef(Target &T, Diagnostics &Diags, const RecordDecl *RD,
                 const VarDecl *Map, unsigned Depth,
                 SmallPtrSetImpl<const FieldDecl *> &Reported) {
  if (!RD || !(RD = RD->getDefinition()) || Depth > 2)
    return;
  for (const FieldDecl *F : RD->fields()) {
    if (F->getName() == "type") {
      std::optional<unsigned> Type = uintField(F);
      if (!Type)
        continue;
      // An inner map definition is reached from its outer map too.
      if (!Reported.insert(F).second)
        continue;
      if (!T.check(kMapType, *Type, describe(kMapType, "map type", *Type),
                   F->getLocation()))
        Diags.note(Map->getLocation(), "in map '%0'") << Map->getName();
    } else if (F->getName() == "values") {
      const Type *Ty = F->getType()->getUnqualifiedDesugaredType();
      const auto *AT = dyn_cast<ArrayType>(Ty);
      if (!AT)
        continue;
      const auto *PT = AT->getElementType()->getAs<PointerType>();
      if (PT)
        if (const auto *Inner = PT->getPointeeType()->getAs<RecordType>())
          checkMapDef(T, Diags, Inner->getDecl(), Map, Depth + 1, Reported);
    }
  }
}

/// The program type and, when the kernel checks it, the expected attach
/// type of each SEC("...") program; the first missing one is reported.
/// Returns whether the target has both.
bool checkProgram(Target &T, const FunctionDecl *FD, const ProgramKind &K) {
  std::string Of = " of SEC(\"" + K.Section + "\")";
  if (!T.check(kProgType, K.Type,
               describe(kProgType, "program type", K.Type) + Of,
               FD->getLocation()))
    return false;
  // libbpf gives SEC("xdp") the attach type BPF_XDP (5.9) but drops it on
  // kernels that reject it (SEC_ATTACHABLE_OPT): XDP programs load on 4.8.
  // The other optional attach types are as old as their program types.
  if (K.Type == BPF_PROG_TYPE_XDP && K.Attach == BPF_XDP)
    return true;
  // SK_REUSEPORT programs attach with setsockopt(SO_ATTACH_REUSEPORT_EBPF),
  // which takes no attach type, and kernels before 5.14 (where both of its
  // attach types appeared) do not check it at load: measured, both
  // sk_reuseport sections load on 5.10 (attach-refusals-5.10.test).
  if (K.Type == BPF_PROG_TYPE_SK_REUSEPORT)
    return true;
  return T.check(kAttachType, K.Attach,
                 describe(kAttachType, "attach type", K.Attach) + Of,
                 FD->getLocation());
}

} // namespace

void checkAvailability(PluginState &S, ASTContext &Ctx) {
  Target T(S);
  if (!T.active())
    return;
  UseWalker Walker(T, S.Diags);
  SmallPtrSet<const FieldDecl *, 8> MapFields;
  // Helpers the program's type may not call (HelperProgTypes.h): only for
  // programs the target can load at all.
  HelperProgTypeCheck HelperTypes(S);
  for (const auto &[FD, K] : S.Sections.programs())
    if (checkProgram(T, FD, K) && HelperTypes.active())
      HelperTypes.checkProgram(FD, K);
  for (Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    if (auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (FD->doesThisDeclarationHaveABody() &&
          (FD->hasAttr<SectionAttr>() || Ctx.DeclMustBeEmitted(FD)))
        Walker.root(FD);
    } else if (auto *VD = dyn_cast<VarDecl>(D)) {
      if (!VD->isThisDeclarationADefinition() || !VD->hasGlobalStorage())
        continue;
      // Function pointers in initializers (struct_ops) are code to emit.
      if (const Expr *Init = VD->getInit())
        Walker.TraverseStmt(const_cast<Expr *>(Init));
      const auto *SA = VD->getAttr<SectionAttr>();
      if (SA && SA->getName() == ".maps")
        checkMapDef(T, S.Diags, VD->getType()->getAsRecordDecl(), VD, 0,
                    MapFields);
    }
  }
  Walker.run();
}

} // namespace bpfcc
