//===- ProtoCheck.cpp - tracing program arguments vs. the kernel's BTF ----===//
//
// How a program declares its arguments, as the AST shows it:
//
//   BPF_PROG(name, args...)   name(unsigned long long *ctx) calls
//   BPF_PROG2(name, args...)  static __always_inline ____name(ctx, args...);
//   BPF_KPROBE / KRETPROBE    the same with struct pt_regs *ctx. The
//                             arguments the user wrote are ____name's
//                             parameters after ctx, spelled in the macro
//                             invocation (their spelling location).
//   plain                     name(struct <kind>__<hook> *ctx): a named
//                             context struct, checked against the section.
//
// Each argument is compared with the kernel's at the same slot; the first
// error that shifts the slots (count, two-slot struct) ends the comparison
// of that program, as every later argument would be wrong as well.
//
//===----------------------------------------------------------------------===//

#include "ProtoCheck.h"
#include "PluginState.h"
#include "TracingHooks.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include <bpf/btf.h>

using namespace clang;
using namespace llvm;

namespace bpfcc {
namespace {

enum class Style { Prog, Prog2, KProbe, Plain };

struct Program {
  const FunctionDecl *FD = nullptr;
  const ProgramKind *Kind = nullptr;
  HookRef Hook;
  Style St = Style::Plain;
  /// The BPF_PROG... macro name token (for fix-its), if any.
  SourceLocation MacroLoc;
  StringRef Macro;
  SmallVector<const ParmVarDecl *, 8> Params;
};

/// What is wrong with one argument. Widen: a tracepoint integer read by a
/// wider type, which reads the same value (reported only on request).
struct Verdict {
  enum { Ok, Error, Sign, Widen } Kind = Ok;
  std::string Msg;
};

/// Where an argument comes from, which decides what a wider type reads.
struct Slot {
  HookKind Kind;
  bool IsRet = false; ///< The return value (fexit, fmod_ret, lsm).
  /// tracepoints: the kernel converts each argument to u64 from its own
  /// type (__CAST_TO_U64 in include/trace/bpf_probe.h): zero-extended.
  bool zeroExtended() const {
    return Kind == HookKind::TpBtf || Kind == HookKind::RawTp;
  }
};

class Checker {
public:
  Checker(PluginState &S, ASTContext &Ctx)
      : S(S), Ctx(Ctx), SM(Ctx.getSourceManager()), LO(Ctx.getLangOpts()) {}

  void run();

private:
  bool classify(Program &P);
  bool checkCtxStruct(const Program &P);
  void checkArgs(const Program &P, const Hook &H);
  Verdict compare(QualType Declared, unsigned KernelType, Slot Where);
  Verdict compareInt(QualType Declared, unsigned KernelType, Slot Where);
  void checkNames(const Program &P, const Hook &H, const ParmVarDecl *Param,
                  unsigned Arg, std::optional<unsigned> Meant,
                  const Verdict &V);
  std::string missingArgs(const Hook &H, unsigned From, unsigned To);
  void reportMissing(const Program &P, const std::string &Why);
  CharSourceRange hookNameRange(const Program &P);
  const RawBTF *kernel();

  SourceLocation fileLoc(SourceLocation L) { return SM.getFileLoc(L); }
  CharSourceRange fileRange(SourceRange R) {
    return Lexer::makeFileCharRange(CharSourceRange::getTokenRange(R), SM, LO);
  }
  SourceLocation sectionLoc(const Program &P) {
    if (const auto *A = P.FD->getAttr<SectionAttr>())
      return fileLoc(A->getLocation());
    return fileLoc(P.FD->getLocation());
  }
  std::string kernelType(unsigned Id) { return formatDecl(S.Kernel.get(), Id, ""); }
  void noteProto(const Program &P, const Hook &H);
  void noteHostKernel(const Program &P);

  PluginState &S;
  ASTContext &Ctx;
  SourceManager &SM;
  const LangOptions &LO;
  const RawBTF *B = nullptr;
  bool Tried = false;
  StringMap<const FunctionDecl *> Inner;
  SmallPtrSet<const FunctionDecl *, 4> Noted;
};

const RawBTF *Checker::kernel() {
  if (Tried)
    return B;
  Tried = true;
  B = S.Kernel.raw();
  // The checks are optional: the program compiles the same without them.
  if (!B && S.Diags.enabled(Flag::ProtoSkipped))
    S.Diags.report(Flag::ProtoSkipped, SourceLocation(),
                   "tracing prototype checks skipped: cannot read kernel "
                   "BTF %0 (use --target-btf=FILE)")
        << S.Kernel.error();
  return B;
}

bool Checker::classify(Program &P) {
  const FunctionDecl *FD = P.FD;
  if (FD->getNumParams() != 1)
    return false;
  // libbpf's macros: the user's arguments are on ____<name>.
  auto It = Inner.find(("____" + FD->getName()).str());
  if (It != Inner.end() && It->second->getNumParams() >= 1 &&
      It->second->getLocation().isMacroID()) {
    const FunctionDecl *In = It->second;
    // The macro invocation the program was written with ("int
    // BPF_PROG(name, ...)"): where ____name's expansion starts in the file.
    P.MacroLoc = SM.getExpansionLoc(In->getLocation());
    P.Macro = Lexer::getSourceText(CharSourceRange::getTokenRange(P.MacroLoc),
                                   SM, LO);
    QualType Ctx0 = In->getParamDecl(0)->getType();
    bool Regs = Ctx0->isPointerType() &&
                Ctx0->getPointeeType()->isStructureType();
    if (P.Macro == "BPF_PROG2")
      P.St = Style::Prog2;
    else if (P.Macro == "BPF_KPROBE" || P.Macro == "BPF_KRETPROBE" || Regs)
      P.St = Style::KProbe;
    // BPF_PROG, or a macro of the user's around it.
    else if (Ctx0->isPointerType() &&
             Ctx0->getPointeeType()->isSpecificBuiltinType(
                 BuiltinType::ULongLong))
      P.St = Style::Prog;
    else
      return false;
    for (unsigned I = 1; I < In->getNumParams(); ++I)
      P.Params.push_back(In->getParamDecl(I));
    return true;
  }
  P.St = Style::Plain;
  return true;
}

// struct <kind>__<hook> *ctx must name the program's own hook.
bool Checker::checkCtxStruct(const Program &P) {
  const ParmVarDecl *Ctx0 = P.FD->getParamDecl(0);
  QualType T = Ctx0->getType();
  if (!T->isPointerType())
    return true;
  const auto *RT = T->getPointeeType()->getAs<RecordType>();
  if (!RT)
    return true;
  StringRef Name = RT->getDecl()->getName();
  std::optional<HookRef> Used = hookOfStructName(Name);
  if (!Used)
    return true;
  HookRef Want = P.Hook;
  if (Want.Kind == HookKind::Iter) {
    S.Diags.error(fileLoc(Ctx0->getLocation()),
                  "'struct %0' is a context for '%1/%2' programs; iterator "
                  "programs take 'struct bpf_iter__%3 *'")
        << Name << kindName(Used->Kind) << Used->Name << Want.Name;
    return false;
  }
  if (Used->Kind == Want.Kind && Used->Name == Want.Name)
    return true;
  // The struct's name token, for the fix-it.
  SourceLocation NameLoc;
  TypeLoc TL = Ctx0->getTypeSourceInfo()->getTypeLoc();
  if (auto PTL = TL.getAsAdjusted<PointerTypeLoc>()) {
    TypeLoc Pointee = PTL.getPointeeLoc();
    if (auto ETL = Pointee.getAsAdjusted<ElaboratedTypeLoc>())
      Pointee = ETL.getNamedTypeLoc();
    if (auto TTL = Pointee.getAs<TagTypeLoc>())
      NameLoc = TTL.getNameLoc();
  }
  SourceLocation Loc = fileLoc(NameLoc.isValid() ? NameLoc
                                                 : Ctx0->getLocation());
  std::string Right = ctxStructName(Want);
  auto D = S.Diags.error(Loc, "'struct %0' is the context of '%1/%2', but "
                              "this program is 'SEC(\"%3\")'; use 'struct %4'");
  D << Name << kindName(Used->Kind) << Used->Name << P.Kind->Section << Right;
  if (NameLoc.isValid()) {
    CharSourceRange R = fileRange(NameLoc);
    if (R.isValid())
      D << FixItHint::CreateReplacement(R, Right);
  }
  return false;
}

void Checker::noteProto(const Program &P, const Hook &H) {
  // Once per program: the prototype is the same for each of its errors.
  if (!Noted.insert(P.FD).second)
    return;
  S.Diags.note(fileLoc(P.FD->getLocation()),
               "the kernel passes '%0/%1' these arguments: %2")
      << kindName(H.Ref.Kind) << H.Ref.Name << formatArgs(S.Kernel.get(), H);
  noteHostKernel(P);
}

void Checker::noteHostKernel(const Program &P) {
  if (S.Kernel.named())
    return;
  S.Diags.note(fileLoc(P.FD->getLocation()),
               "checked against this machine's kernel BTF %0, which may not "
               "be the kernel the object is for; name the target with "
               "--target-btf=FILE to make this an error")
      << S.Kernel.path();
}

Verdict Checker::compare(QualType D, unsigned KId, Slot Where) {
  Verdict V;
  D = D.getCanonicalType().getUnqualifiedType();
  unsigned K = skipModsAndTypedefs(B, KId);
  const struct btf_type *T = B->type(K);
  // Spelled only for a message: formatting kernel types needs a btf_dump of
  // the whole kernel BTF (millions of instructions), most compiles none.
  auto Want = [&] { return kernelType(KId); };
  auto Have = [&] { return D.getAsString(Ctx.getPrintingPolicy()); };
  auto error = [&](std::string Msg) {
    V.Kind = Verdict::Error;
    V.Msg = std::move(Msg);
    return V;
  };
  if (!T || K == 0)
    return V;

  if (btf_is_ptr(T)) {
    if (!D->isPointerType())
      return error("'" + Have() + "' is not a pointer, but the kernel passes '" +
                   Want() + "'");
    unsigned KP = skipModsAndTypedefs(B, T->type);
    const struct btf_type *PT = B->type(KP);
    QualType DP = D->getPointeeType().getCanonicalType().getUnqualifiedType();
    // void * on either side converts to and from any pointer.
    if (KP == 0 || !PT || DP->isVoidType())
      return V;
    if (btf_is_composite(PT) || btf_is_any_enum(PT) || btf_is_fwd(PT)) {
      StringRef KName = B->str(PT->name_off);
      if (KName.empty())
        return V;
      const TagDecl *TD = DP->getAsTagDecl();
      bool KUnion = btf_is_union(PT) || (btf_is_fwd(PT) && btf_kflag(PT));
      bool SameKind = TD && (btf_is_any_enum(PT) ? TD->isEnum()
                             : KUnion           ? TD->isUnion()
                                                : TD->isStruct());
      if (!SameKind || TD->getName() != KName)
        return error("'" + Have() + "' points to a different type than the "
                     "kernel's '" + Want() + "'");
      return V;
    }
    if (btf_is_int(PT) && !DP->isIntegerType())
      return error("'" + Have() + "' points to a different type than the "
                   "kernel's '" + Want() + "'");
    if (btf_is_int(PT) && Ctx.getTypeSize(DP) / 8 != PT->size)
      return error("'" + Have() + "' points to a " +
                   std::to_string(Ctx.getTypeSize(DP) / 8) +
                   "-byte integer, but the kernel's '" + Want() +
                   "' points to a " + std::to_string(PT->size) +
                   "-byte one");
    if (btf_is_ptr(PT) && !DP->isPointerType())
      return error("'" + Have() + "' points to a different type than the "
                   "kernel's '" + Want() + "'");
    return V;
  }

  if (btf_is_int(T) || btf_is_any_enum(T))
    return compareInt(D, KId, Where);

  if (btf_is_composite(T)) {
    const TagDecl *TD = D->getAsTagDecl();
    StringRef KName = B->str(T->name_off);
    if (!TD || !isa<RecordDecl>(TD) ||
        (!KName.empty() && TD->getName() != KName) ||
        Ctx.getTypeSize(D) / 8 != T->size)
      return error("'" + Have() + "' is not the kernel's '" + Want() +
                   "', passed by value");
  }
  return V;
}

/// The kernel argument, other than Arg, that has the name Name: evidence of
/// a shifted or swapped list. Made-up names ("arg2") are no evidence.
std::optional<unsigned> meantArg(const Hook &H, unsigned Arg, StringRef Name) {
  if (Name.empty() || Name == H.Args[Arg].Name)
    return std::nullopt;
  for (unsigned I = 0; I < H.Args.size(); ++I)
    if (I != Arg && H.Args[I].Named && H.Args[I].Name == Name)
      return I;
  return std::nullopt;
}

/// "type name, " for the kernel's arguments [From, To): the text a fix-it
/// inserts where they are missing.
std::string Checker::missingArgs(const Hook &H, unsigned From, unsigned To) {
  std::string Out;
  for (unsigned I = From; I < To; ++I)
    Out += formatDecl(S.Kernel.get(), H.Args[I].Type, H.Args[I].Name) + ", ";
  return Out;
}

// Integers: which value the declared type reads from the kernel's slot.
Verdict Checker::compareInt(QualType D, unsigned KId, Slot Where) {
  Verdict V;
  const struct btf_type *T = B->type(skipModsAndTypedefs(B, KId));
  auto Want = [&] { return kernelType(KId); };
  auto Have = [&] { return D.getAsString(Ctx.getPrintingPolicy()); };
  auto set = [&](decltype(Verdict::Kind) K, std::string Msg) {
    V.Kind = K;
    V.Msg = std::move(Msg);
    return V;
  };
  if (!D->isIntegerType())
    return set(Verdict::Error,
               "'" + Have() + "' is not an integer, but the kernel passes '" +
                   Want() + "'");
  unsigned DSize = Ctx.getTypeSize(D) / 8;
  unsigned KSize = T->size;
  // BTF says what the kernel's type was: 'char' included; enums are
  // unsigned unless marked signed (kflag, since 6.0).
  bool KSigned = btf_is_int(T) ? (btf_int_encoding(T) & BTF_INT_SIGNED) != 0
                               : btf_kflag(T);
  std::string Sizes = "'" + Have() + "' is " + std::to_string(DSize) +
                      " bytes, but the kernel passes the " +
                      std::to_string(KSize) + "-byte '" + Want() + "'";
  // Narrower: the upper bytes of the value are lost, everywhere.
  if (DSize < KSize)
    return set(Verdict::Error, Sizes);
  if (DSize > KSize) {
    std::string Upper = std::to_string((8 - KSize) * 8);
    if (Where.zeroExtended()) {
      // Zero-extended from the kernel's type: an unsigned (or bool) value
      // reads the same in any wider integer; a signed one loses its sign.
      if (!KSigned)
        return set(Verdict::Widen,
                   Sizes + ", zero-extended to 64 bits: the same value");
      return set(Verdict::Error,
                 Sizes + ", zero-extended to 64 bits: a negative value reads "
                         "as a large positive one");
    }
    // The trampoline saves whole registers; a function's result in the low
    // 32 bits of %rax has them zero-extended by the 32-bit instruction that
    // wrote it, which is how an 'int' errno reaches fexit.
    if (Where.IsRet && Where.Kind == HookKind::FExit && KSigned && KSize == 4)
      return set(Verdict::Error,
                 Sizes + ", and the upper 32 bits of its slot are zero: a "
                         "negative errno reads as a large positive value");
    // Arguments in registers: the ABI leaves the bits above the type's
    // width undefined.
    return set(Verdict::Error, Sizes + ": the upper " + Upper +
                                   " bits of its slot are not defined");
  }
  // Same size: signedness changes values (sign extension, comparisons)
  // without changing which bits are read, a warning.
  if (btf_is_int(T) && !(btf_int_encoding(T) & BTF_INT_BOOL) &&
      !D->isBooleanType() && !D->isEnumeralType() &&
      // 'char' follows the target; BTF says what the kernel's was.
      !D->isCharType() && KSigned != D->isSignedIntegerType())
    return set(Verdict::Sign,
               "'" + Have() + "' is " + (KSigned ? "unsigned" : "signed") +
                   ", but the kernel passes the " +
                   (KSigned ? "signed" : "unsigned") + " '" + Want() + "'");
  return V;
}

void Checker::checkArgs(const Program &P, const Hook &H) {
  // Kernel slot -> argument index.
  SmallVector<int, 16> SlotArg;
  for (unsigned I = 0; I < H.Args.size(); ++I)
    for (unsigned J = 0; J < H.Args[I].Slots; ++J)
      SlotArg.push_back(J == 0 ? I : -1);

  if (P.St == Style::KProbe) {
    // Wrong on every kernel: not a finding about this BTF.
    auto D = S.Diags.error(P.MacroLoc,
                           "%0 reads arguments from 'struct pt_regs', but "
                           "'%1' programs get them as 8-byte context slots; "
                           "use BPF_PROG");
    D << P.Macro << P.Kind->Section;
    CharSourceRange R = fileRange(P.MacroLoc);
    if (R.isValid())
      D << FixItHint::CreateReplacement(R, "BPF_PROG");
  }

  unsigned Slot = 0;
  for (unsigned J = 0; J < P.Params.size(); ++J) {
    const ParmVarDecl *Param = P.Params[J];
    SourceLocation Loc = fileLoc(Param->getLocation());
    QualType PT = Param->getType();
    unsigned DSlots =
        P.St == Style::Prog2 && Ctx.getTypeSize(PT) > 64 ? 2 : 1;

    // 'ret' before the last argument: the arguments in between are missing.
    if (H.HasRet && Param->getName() == "ret" && J < H.numParams() &&
        Slot < SlotArg.size() && SlotArg[Slot] >= 0 &&
        H.Args[SlotArg[Slot]].Name != "ret") {
      unsigned First = SlotArg[Slot];
      {
        auto D = S.Diags.finding(S.Kernel.named(), Loc,
                                 "'ret' is read from the slot of argument "
                                 "'%0': the return value comes after all "
                                 "%1 arguments of '%2/%3'");
        D << H.Args[First].Name << H.numParams() << kindName(H.Ref.Kind)
          << H.Ref.Name;
        CharSourceRange R = fileRange(Param->getSourceRange());
        if (R.isValid())
          D << FixItHint::CreateInsertion(R.getBegin(),
                                          missingArgs(H, First, H.numParams()));
      }
      noteProto(P, H);
      return;
    }

    if (Slot >= SlotArg.size()) {
      S.Diags.finding(S.Kernel.named(), Loc,
                      "too many arguments: '%0/%1' passes %2")
          << kindName(H.Ref.Kind) << H.Ref.Name
          << (H.Args.empty() ? std::string("none")
                             : std::to_string(H.Args.size()));
      noteProto(P, H);
      return;
    }
    if (SlotArg[Slot] < 0) {
      S.Diags.finding(S.Kernel.named(), Loc,
                      "'%0' is read from the second slot of the kernel's "
                      "'%1', passed by value")
          << Param->getName()
          << formatDecl(S.Kernel.get(), H.Args[SlotArg[Slot - 1]].Type,
                        H.Args[SlotArg[Slot - 1]].Name);
      noteProto(P, H);
      return;
    }
    const HookArg &KA = H.Args[SlotArg[Slot]];
    CharSourceRange TypeRange;
    if (const TypeSourceInfo *TSI = Param->getTypeSourceInfo())
      TypeRange = fileRange(TSI->getTypeLoc().getSourceRange());

    if (KA.Slots != DSlots) {
      // A 9..16-byte struct passed by value: two slots, which only
      // BPF_PROG2 reads.
      {
        auto D = S.Diags.finding(S.Kernel.named(), Loc,
                                 "the kernel passes '%0' by value in %1 "
                                 "slots; declare it with that type in "
                                 "BPF_PROG2(name, type, arg, ...)");
        D << formatDecl(S.Kernel.get(), KA.Type, KA.Name) << KA.Slots;
        if (TypeRange.isValid())
          D << FixItHint::CreateReplacement(TypeRange, kernelType(KA.Type));
        // No fix-it for the macro: BPF_PROG2 takes (type, name) pairs.
      }
      noteProto(P, H);
      return;
    }

    unsigned Arg = SlotArg[Slot];
    Verdict V = compare(PT, KA.Type,
                        {H.Ref.Kind, H.HasRet && Arg + 1 == H.Args.size()});
    std::optional<unsigned> Meant = meantArg(H, Arg, Param->getName());
    if (V.Kind == Verdict::Error) {
      {
        auto D = S.Diags.finding(S.Kernel.named(), Loc,
                                 "argument '%0' does not match the kernel's "
                                 "'%1': %2");
        D << Param->getName() << formatDecl(S.Kernel.get(), KA.Type, KA.Name) << V.Msg;
        CharSourceRange R = fileRange(Param->getSourceRange());
        if (Meant && *Meant > Arg && R.isValid()) {
          // Named like a later argument: the ones before it are missing,
          // not its type wrong.
          D << FixItHint::CreateInsertion(R.getBegin(),
                                          missingArgs(H, Arg, *Meant));
        } else if (TypeRange.isValid()) {
          D << FixItHint::CreateReplacement(TypeRange, kernelType(KA.Type));
        }
      }
      noteProto(P, H);
    } else if (V.Kind == Verdict::Sign && S.Diags.enabled(Flag::ProtoSign)) {
      {
        auto D = S.Diags.report(Flag::ProtoSign, Loc,
                                "argument '%0' has the wrong signedness: %1");
        D << Param->getName() << V.Msg;
        if (TypeRange.isValid())
          D << FixItHint::CreateReplacement(TypeRange, kernelType(KA.Type));
      }
      noteProto(P, H);
    } else if (V.Kind == Verdict::Widen && S.Diags.enabled(Flag::ProtoWiden)) {
      {
        auto D = S.Diags.report(Flag::ProtoWiden, Loc,
                                "argument '%0' is wider than the kernel's "
                                "'%1': %2");
        D << Param->getName() << formatDecl(S.Kernel.get(), KA.Type, KA.Name)
          << V.Msg;
        if (TypeRange.isValid())
          D << FixItHint::CreateReplacement(TypeRange, kernelType(KA.Type));
      }
      noteProto(P, H);
    }
    checkNames(P, H, Param, Arg, Meant, V);
    Slot += DSlots;
  }
}

// Names do not change what BPF_PROG reads: a program may call the kernel's
// 'sem' 'lock' (one program for the mutex and the rwsem hook). A name that
// is another kernel argument's, though, says which argument was meant, and
// that it is not the one read: a shifted or swapped list.
void Checker::checkNames(const Program &P, const Hook &H,
                         const ParmVarDecl *Param, unsigned Arg,
                         std::optional<unsigned> Meant, const Verdict &V) {
  StringRef Name = Param->getName();
  const HookArg &KA = H.Args[Arg];
  if (Name.empty() || Name == KA.Name)
    return;
  SourceLocation Loc = fileLoc(Param->getLocation());
  if (Meant && V.Kind == Verdict::Error) {
    // The type error says what is read; this says why.
    S.Diags.note(Loc, "the kernel's '%0' is argument %1, not %2: the list "
                      "looks shifted or swapped")
        << Name << *Meant + 1 << Arg + 1;
    return;
  }
  if (Meant) {
    if (!S.Diags.enabled(Flag::ProtoName))
      return;
    S.Diags.report(Flag::ProtoName, Loc,
                   "argument '%0' is read from the slot of the kernel's '%1' "
                   "(argument %2); the kernel's '%0' is argument %3: the list "
                   "looks shifted or swapped")
        << Name << KA.Name << Arg + 1 << *Meant + 1;
    noteProto(P, H);
    return;
  }
  // A plain rename, reported only on request. The return value's name is
  // the user's: the kernel has none.
  if (!KA.Named || (H.HasRet && Arg + 1 == H.Args.size()) ||
      (V.Kind != Verdict::Ok && V.Kind != Verdict::Widen) ||
      !S.Diags.enabled(Flag::ProtoRename))
    return;
  S.Diags.report(Flag::ProtoRename, Loc,
                 "argument '%0' is called '%1' in the kernel")
      << Name << KA.Name;
  noteProto(P, H);
}

// A hook the checked kernel lacks. Multi-kernel tools ship a program per
// kernel variant and disable the absent ones at run time
// (bpf_program__set_autoload(), SEC("?...")), so absence is no mistake by
// itself: against this machine's BTF it is reported only when a hook of a
// close name exists (a typo), against --target-btf as a warning (user space
// may disable the program), and for SEC("?...") as a remark.
void Checker::reportMissing(const Program &P, const std::string &Why) {
  bool Optional = P.Kind->Optional;
  bool Named = S.Kernel.named();
  Flag F = Optional ? Flag::ProtoMissingOptional : Flag::ProtoMissing;
  bool On = S.Diags.enabled(F);
  bool HostOn = !Optional && !Named && S.Diags.enabled(Flag::ProtoMissingHost);
  if (!On && !HostOn)
    return;
  // Walks the whole BTF: only for a diagnostic that may be shown.
  std::string Near = closestHook(B, P.Hook);
  if (!Optional && !Named && Near.empty()) {
    if (!HostOn)
      return;
    F = Flag::ProtoMissingHost;
  }
  std::string Msg =
      std::string(Optional ? "'%0' will not load" : "'%0' cannot attach") +
      ": %1 in the kernel BTF %2";
  if (!Near.empty())
    Msg += "; did you mean '%3'?";
  auto D = S.Diags.report(F, sectionLoc(P), Msg);
  D << P.Kind->Section << Why << S.Kernel.path();
  if (!Near.empty()) {
    D << Near;
    CharSourceRange R = hookNameRange(P);
    if (R.isValid())
      D << FixItHint::CreateReplacement(R, Near);
  }
}

// The hook's name inside the SEC("...") string, for a fix-it: found in the
// text of the SEC(...) invocation (or of __attribute__((section(...))))
// when the literal is spelled there in full; invalid otherwise (the name
// comes from another macro, or is split over string literals).
CharSourceRange Checker::hookNameRange(const Program &P) {
  const auto *A = P.FD->getAttr<SectionAttr>();
  if (!A)
    return {};
  SourceLocation L = A->getLocation();
  CharSourceRange Inv = SM.getExpansionRange(L);
  SourceLocation Begin = Inv.getBegin();
  if (Begin.isInvalid() || !Begin.isFileID())
    return {};
  bool Invalid = false;
  StringRef Buf = SM.getBufferData(SM.getFileID(Begin), &Invalid);
  unsigned Off = SM.getFileOffset(Begin);
  if (Invalid || Off >= Buf.size())
    return {};
  // Within the macro invocation, or the attribute's few tokens.
  unsigned Len = 256;
  if (L.isMacroID() && Inv.getEnd().isFileID() &&
      SM.getFileID(Inv.getEnd()) == SM.getFileID(Begin))
    Len = SM.getFileOffset(Inv.getEnd()) - Off + 1;
  StringRef Text = Buf.substr(Off, Len);
  size_t Quote = Text.find('"');
  std::string Lit =
      "\"" + std::string(P.Kind->Optional ? "?" : "") + P.Kind->Section + "\"";
  if (Quote == StringRef::npos || !Text.substr(Quote).starts_with(Lit))
    return {};
  unsigned NameOff = Quote + Lit.size() - 1 - P.Hook.Name.size();
  SourceLocation NameLoc = Begin.getLocWithOffset(NameOff);
  return CharSourceRange::getCharRange(
      NameLoc, NameLoc.getLocWithOffset(P.Hook.Name.size()));
}

void Checker::run() {
  // Collected lazily: most translation units have no tracing program.
  bool Collected = false;
  for (const auto &[FD, Kind] : S.Sections.programs()) {
    std::optional<HookRef> Ref = hookOfSection(Kind.Section);
    if (!Ref || !FD->hasBody())
      continue;
    if (!Collected) {
      for (const Decl *D : Ctx.getTranslationUnitDecl()->decls())
        if (const auto *F = dyn_cast<FunctionDecl>(D))
          if (F->getName().starts_with("____") && F->isThisDeclarationADefinition())
            Inner[F->getName()] = F;
      Collected = true;
    }
    Program P;
    P.FD = FD;
    P.Kind = &Kind;
    P.Hook = *Ref;
    if (!classify(P))
      continue;
    if (P.St == Style::Plain && !checkCtxStruct(P))
      continue;
    if (!kernel())
      return;
    std::string Why;
    std::optional<Hook> H = resolveHook(B, P.Hook, Why);
    if (!H) {
      reportMissing(P, Why);
      continue;
    }
    if (P.St != Style::Plain)
      checkArgs(P, *H);
  }
}

} // namespace

void checkTracingPrototypes(PluginState &S, ASTContext &Ctx) {
  if (!S.Opts.ProtoCheck)
    return;
  Checker(S, Ctx).run();
}

} // namespace bpfcc
