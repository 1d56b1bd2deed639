//===- CtxStructs.cpp - named context structs for tracing programs --------===//
//
// Field types come from the kernel's BTF, spelled with the translation
// unit's own declarations where it has them (a program that includes
// vmlinux.h gets 'struct vm_area_struct *vma' of its vmlinux.h, so
// ctx->vma->vm_start is a BTF-typed load like in BPF_PROG). Where it has
// not: typedefs resolve to what they name, structs and unions behind a
// pointer become forward declarations, enums their integer type; a struct
// passed by value that the unit does not define becomes an array of its
// 8-byte slots. Any field type keeps its slot's size, so the layout never
// depends on what the program included.
//
//===----------------------------------------------------------------------===//

#include "CtxStructs.h"
#include "PluginState.h"
#include "TracingHooks.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Sema/ExternalSemaSource.h"
#include "clang/Sema/Lookup.h"
#include "clang/Sema/Scope.h"
#include "clang/Sema/Sema.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"
#include <bpf/btf.h>

using namespace clang;
using namespace llvm;

namespace bpfcc {
namespace {

/// Fields whose type is not 8-byte aligned get aligned(8), so each starts
/// at its own slot: 'int prot __attribute__((aligned(8)))'.
bool needsAlign8(const RawBTF *B, unsigned Id) {
  const struct btf_type *T = B->type(skipModsAndTypedefs(B, Id));
  if (!T)
    return true;
  if (btf_is_ptr(T))
    return false;
  if ((btf_is_int(T) || btf_is_any_enum(T)) && T->size == 8)
    return false;
  return true;
}

class CtxStructSource : public ExternalSemaSource {
public:
  // Sema::addExternalSource does not call InitializeSema: the Sema comes
  // with the source.
  CtxStructSource(PluginState &S, Sema &Sem) : S(S), SemaPtr(&Sem) {}

  void ForgetSema() override { SemaPtr = nullptr; }

  bool LookupUnqualified(LookupResult &R, Scope *) override;

private:
  RecordDecl *define(const Hook &H, IdentifierInfo *II, SourceLocation Loc);
  QualType typeOf(unsigned Id);
  QualType fieldType(const HookArg &A);
  NamedDecl *lookupInTU(StringRef Name, Sema::LookupNameKind K);
  RecordDecl *forwardDecl(StringRef Name, bool Union);

  PluginState &S;
  Sema *SemaPtr;
  const RawBTF *B = nullptr;
  SourceLocation Loc;
  bool Busy = false;
  StringSet<> Failed; ///< Names already diagnosed.
};

bool CtxStructSource::LookupUnqualified(LookupResult &R, Scope *) {
  // Called for every failed lookup (undeclared names, redeclaration
  // checks): decide cheaply, and read the BTF only for our names.
  if (Busy || !SemaPtr || R.getLookupKind() != Sema::LookupTagName)
    return false;
  IdentifierInfo *II = R.getLookupName().getAsIdentifierInfo();
  if (!II)
    return false;
  std::optional<HookRef> Ref = hookOfStructName(II->getName());
  if (!Ref || Failed.contains(II->getName()))
    return false;

  Diagnostics &Diags = S.Diags;
  B = S.Kernel.raw();
  if (!B) {
    Failed.insert(II->getName());
    Diags.error(R.getNameLoc(), "'struct %0' is made from the kernel's BTF, "
                                "which cannot be read: %1 (use "
                                "--target-btf=FILE)")
        << II->getName() << S.Kernel.error();
    return false;
  }
  std::string Why;
  std::optional<Hook> H = resolveHook(B, *Ref, Why);
  if (!H) {
    Failed.insert(II->getName());
    Diags.error(R.getNameLoc(), "no 'struct %0': %1 in the kernel BTF %2")
        << II->getName() << Why << S.Kernel.path();
    return false;
  }
  Busy = true;
  RecordDecl *RD = define(*H, II, R.getNameLoc());
  Busy = false;
  R.addDecl(RD);
  return true;
}

NamedDecl *CtxStructSource::lookupInTU(StringRef Name,
                                       Sema::LookupNameKind K) {
  Sema &Sem = *SemaPtr;
  LookupResult R(Sem, &Sem.Context.Idents.get(Name), Loc, K);
  if (!Sem.LookupName(R, Sem.TUScope) || !R.isSingleResult())
    return nullptr;
  return R.getFoundDecl();
}

RecordDecl *CtxStructSource::forwardDecl(StringRef Name, bool Union) {
  Sema &Sem = *SemaPtr;
  ASTContext &Ctx = Sem.Context;
  TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
  auto *RD = RecordDecl::Create(
      Ctx, Union ? TagTypeKind::Union : TagTypeKind::Struct, TU, Loc, Loc,
      &Ctx.Idents.get(Name));
  // At file scope, like a declaration at the top of the file: a later
  // definition (vmlinux.h included after the use) completes this one.
  TU->addDecl(RD);
  Sem.PushOnScopeChains(RD, Sem.TUScope, /*AddToContext=*/false);
  return RD;
}

QualType CtxStructSource::typeOf(unsigned Id) {
  ASTContext &Ctx = SemaPtr->Context;
  if (Id == 0)
    return Ctx.VoidTy;
  const struct btf_type *T = B->type(Id);
  if (!T)
    return QualType();
  StringRef Name = B->str(T->name_off);
  switch (btf_kind(T)) {
  case BTF_KIND_CONST: {
    QualType Q = typeOf(T->type);
    return Q.isNull() ? Q : Q.withConst();
  }
  case BTF_KIND_VOLATILE: {
    QualType Q = typeOf(T->type);
    return Q.isNull() ? Q : Q.withVolatile();
  }
  case BTF_KIND_RESTRICT:
  case BTF_KIND_TYPE_TAG:
    return typeOf(T->type);
  case BTF_KIND_TYPEDEF:
    if (auto *TD = dyn_cast_or_null<TypedefNameDecl>(
            lookupInTU(Name, Sema::LookupOrdinaryName)))
      return Ctx.getTypedefType(TD);
    return typeOf(T->type);
  case BTF_KIND_PTR: {
    const struct btf_type *P = B->type(T->type);
    QualType Pointee = P && btf_is_func_proto(P) ? QualType() : typeOf(T->type);
    return Ctx.getPointerType(Pointee.isNull() ? Ctx.VoidTy : Pointee);
  }
  case BTF_KIND_INT: {
    unsigned Enc = btf_int_encoding(T);
    if (Enc & BTF_INT_BOOL)
      return Ctx.BoolTy;
    if (Name == "char")
      return Ctx.CharTy;
    bool Signed = Enc & BTF_INT_SIGNED;
    switch (T->size) {
    case 1:
      return Signed ? Ctx.SignedCharTy : Ctx.UnsignedCharTy;
    case 2:
      return Signed ? Ctx.ShortTy : Ctx.UnsignedShortTy;
    case 4:
      return Signed ? Ctx.IntTy : Ctx.UnsignedIntTy;
    case 8:
      if (Name.contains("long long"))
        return Signed ? Ctx.LongLongTy : Ctx.UnsignedLongLongTy;
      return Signed ? Ctx.LongTy : Ctx.UnsignedLongTy;
    case 16:
      return Signed ? Ctx.Int128Ty : Ctx.UnsignedInt128Ty;
    }
    return QualType();
  }
  case BTF_KIND_ENUM:
  case BTF_KIND_ENUM64: {
    if (!Name.empty())
      if (auto *ED = dyn_cast_or_null<EnumDecl>(
              lookupInTU(Name, Sema::LookupTagName)))
        return Ctx.getTypeDeclType(ED);
    bool Signed = btf_kflag(T);
    if (T->size == 8)
      return Signed ? Ctx.LongLongTy : Ctx.UnsignedLongLongTy;
    if (T->size == 4)
      return Signed ? Ctx.IntTy : Ctx.UnsignedIntTy;
    return QualType();
  }
  case BTF_KIND_STRUCT:
  case BTF_KIND_UNION:
  case BTF_KIND_FWD: {
    if (Name.empty())
      return QualType();
    bool Union = btf_is_union(T) || (btf_is_fwd(T) && btf_kflag(T));
    if (NamedDecl *Found = lookupInTU(Name, Sema::LookupTagName)) {
      auto *RD = dyn_cast<RecordDecl>(Found);
      // The unit's vmlinux.h renamed this one ("struct context___2" next
      // to "enum context"): no C type, the field keeps its slot size.
      if (!RD || RD->isUnion() != Union)
        return QualType();
      return Ctx.getTypeDeclType(RD);
    }
    return Ctx.getTypeDeclType(forwardDecl(Name, Union));
  }
  case BTF_KIND_ARRAY: {
    const struct btf_array *A = btf_array(T);
    QualType Elem = typeOf(A->type);
    if (Elem.isNull() || Elem->isIncompleteType())
      return QualType();
    return Ctx.getConstantArrayType(Elem, APInt(32, A->nelems), nullptr,
                                    ArraySizeModifier::Normal, 0);
  }
  default:
    return QualType();
  }
}

QualType CtxStructSource::fieldType(const HookArg &A) {
  ASTContext &Ctx = SemaPtr->Context;
  QualType Q = typeOf(A.Type);
  unsigned Size = typeSize(B, A.Type);
  // Whatever the unit cannot spell keeps its size: slots of u64.
  if (Q.isNull() || Q->isIncompleteType() || Q->isVoidType() ||
      Ctx.getTypeSize(Q) / 8 != Size) {
    if (A.Slots == 1)
      return Ctx.UnsignedLongLongTy;
    return Ctx.getConstantArrayType(Ctx.UnsignedLongLongTy,
                                    APInt(32, A.Slots), nullptr,
                                    ArraySizeModifier::Normal, 0);
  }
  return Q;
}

RecordDecl *CtxStructSource::define(const Hook &H, IdentifierInfo *II,
                                    SourceLocation UseLoc) {
  Sema &Sem = *SemaPtr;
  ASTContext &Ctx = Sem.Context;
  Loc = UseLoc;
  TranslationUnitDecl *TU = Ctx.getTranslationUnitDecl();
  auto *RD =
      RecordDecl::Create(Ctx, TagTypeKind::Struct, TU, Loc, Loc, II);
  // The struct is the kernel's context layout, not a kernel type: accesses
  // inside BPF_CORE_READ(ctx->child, pid) must not become CO-RE relocations
  // against it (the kernel has no such struct). preserve_static_offset
  // makes the BPF backend keep them as plain loads at fixed offsets.
  RD->addAttr(BPFPreserveStaticOffsetAttr::CreateImplicit(Ctx, SourceRange(Loc)));
  RD->startDefinition();
  for (const HookArg &A : H.Args) {
    QualType T = fieldType(A);
    auto *FD = FieldDecl::Create(Ctx, RD, Loc, Loc, &Ctx.Idents.get(A.Name),
                                 T, Ctx.getTrivialTypeSourceInfo(T, Loc),
                                 /*BW=*/nullptr, /*Mutable=*/false,
                                 ICIS_NoInit);
    FD->setAccess(AS_public);
    if (needsAlign8(B, A.Type)) {
      Expr *Eight = IntegerLiteral::Create(Ctx, APInt(32, 8), Ctx.IntTy, Loc);
      FD->addAttr(AlignedAttr::CreateImplicit(Ctx, /*IsAlignmentExpr=*/true,
                                              Eight, SourceRange(Loc)));
    }
    RD->addDecl(FD);
  }
  RD->completeDefinition();
  TU->addDecl(RD);
  Sem.PushOnScopeChains(RD, Sem.TUScope, /*AddToContext=*/false);
  return RD;
}

/// "lsm/file_open", "lsm.s/file_open", "lsm__file_open", or a kind alone
/// ("lsm": every hook of that kind).
bool parseHookArg(const RawBTF *B, StringRef Arg,
                  std::vector<HookRef> &Out) {
  for (HookKind K : {HookKind::FEntry, HookKind::FExit, HookKind::FModRet,
                     HookKind::LSM, HookKind::TpBtf, HookKind::RawTp})
    if (Arg == kindName(K)) {
      std::vector<HookRef> All = allHooks(B, K);
      Out.insert(Out.end(), All.begin(), All.end());
      return true;
    }
  std::optional<HookRef> R = hookOfStructName(Arg);
  if (!R)
    R = hookOfSection(Arg);
  if (!R || R->Kind == HookKind::Iter)
    return false;
  Out.push_back(*R);
  return true;
}

} // namespace

void installCtxStructs(PluginState &S, Sema &Sem) {
  // Sema keeps a reference (IntrusiveRefCntPtr) and frees it.
  Sem.addExternalSource(new CtxStructSource(S, Sem));
}

bool printCtxHeader(PluginState &S, raw_ostream &OS) {
  const RawBTF *B = S.Kernel.raw();
  if (!B) {
    S.Diags.fatal("cannot read kernel BTF " + S.Kernel.error());
    return false;
  }
  std::vector<HookRef> Refs;
  if (S.Opts.GenCtxHooks.empty()) {
    // fmod_ret only on request: any FUNC could be named, few can be
    // modified, and every FUNC already has fentry__ and fexit__ structs.
    for (HookKind K : {HookKind::FEntry, HookKind::FExit, HookKind::LSM,
                       HookKind::TpBtf, HookKind::RawTp}) {
      std::vector<HookRef> All = allHooks(B, K);
      Refs.insert(Refs.end(), All.begin(), All.end());
    }
  }
  for (const std::string &Arg : S.Opts.GenCtxHooks)
    if (!parseHookArg(B, Arg, Refs)) {
      S.Diags.fatal("'" + Arg + "' names no hook: expected KIND/NAME, "
                    "KIND__NAME or KIND, with KIND one of fentry, fexit, "
                    "fmod_ret, lsm, tp_btf, raw_tp");
      return false;
    }

  std::vector<Hook> Hooks;
  bool OK = true;
  for (const HookRef &R : Refs) {
    std::string Why;
    if (std::optional<Hook> H = resolveHook(B, R, Why))
      Hooks.push_back(std::move(*H));
    else {
      S.Diags.fatal("no 'struct " + ctxStructName(R) + "': " + Why +
                    " in the kernel BTF " + S.Kernel.path());
      OK = false;
    }
  }
  if (!OK)
    return false;
  primeTypeNames(S.Kernel.get());

  OS << "/* Named context structs for tracing programs, from the kernel BTF\n"
        " * " << S.Kernel.path() << ", written by bpfcc --bpfcc-gen-ctx.\n"
        " * Field types are the kernel's: include that kernel's vmlinux.h\n"
        " * first. Each field is one 8-byte slot of the program's context\n"
        " * (two for a 16-byte struct passed by value). */\n"
        "#pragma once\n"
        "/* No CO-RE relocations against these (the kernel has no such\n"
        " * structs), also inside BPF_CORE_READ(ctx->task, pid). */\n"
        "#ifndef __bpfcc_ctx\n"
        "#ifdef __has_attribute\n"
        "#if __has_attribute(preserve_static_offset)\n"
        "#define __bpfcc_ctx __attribute__((preserve_static_offset))\n"
        "#endif\n"
        "#endif\n"
        "#endif\n"
        "#ifndef __bpfcc_ctx\n"
        "#define __bpfcc_ctx\n"
        "#endif\n";
  StringSet<> Seen;
  for (const Hook &H : Hooks) {
    std::string Name = ctxStructName(H.Ref);
    if (!Seen.insert(Name).second)
      continue;
    OS << "\nstruct __bpfcc_ctx " << Name << " {\n";
    for (const HookArg &A : H.Args) {
      OS << "\t" << formatDecl(S.Kernel.get(), A.Type, A.Name);
      if (needsAlign8(B, A.Type))
        OS << " __attribute__((aligned(8)))";
      OS << ";\n";
    }
    OS << "};\n";
  }
  return true;
}

} // namespace bpfcc
