//===- TracingHooks.cpp - tracing hooks of the target kernel, from its BTF ===//

#include "TracingHooks.h"
#include "RawBTF.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/Twine.h"

#include <algorithm>
#include <bpf/btf.h>
#include <cstdarg>
#include <cstdio>
#include <map>

using namespace llvm;

namespace bpfcc {

namespace {
struct SectionPrefix {
  const char *Prefix;
  HookKind Kind;
};
// Every section prefix libbpf attaches to a vmlinux hook by name, with its
// sleepable and writable variants.
constexpr SectionPrefix kSectionPrefixes[] = {
    {"fentry/", HookKind::FEntry},     {"fentry.s/", HookKind::FEntry},
    {"fexit/", HookKind::FExit},       {"fexit.s/", HookKind::FExit},
    {"fmod_ret/", HookKind::FModRet},  {"fmod_ret.s/", HookKind::FModRet},
    {"lsm/", HookKind::LSM},           {"lsm.s/", HookKind::LSM},
    {"lsm_cgroup/", HookKind::LSM},    {"tp_btf/", HookKind::TpBtf},
    {"raw_tp/", HookKind::RawTp},      {"raw_tracepoint/", HookKind::RawTp},
    {"raw_tp.w/", HookKind::RawTp},    {"raw_tracepoint.w/", HookKind::RawTp},
    {"iter/", HookKind::Iter},         {"iter.s/", HookKind::Iter},
};

// Kinds that have a context struct: iter programs already have one in the
// kernel (struct bpf_iter__<name>).
constexpr HookKind kStructKinds[] = {HookKind::FEntry, HookKind::FExit,
                                     HookKind::FModRet, HookKind::LSM,
                                     HookKind::TpBtf, HookKind::RawTp};

const char *nameOf(const RawBTF *B, const struct btf_type *T) {
  return B->str(T->name_off);
}

bool Discard = false;

void appendPrintf(void *Ctx, const char *Fmt, va_list Args) {
  if (Discard)
    return;
  auto *Out = static_cast<std::string *>(Ctx);
  va_list Copy;
  va_copy(Copy, Args);
  int N = vsnprintf(nullptr, 0, Fmt, Copy);
  va_end(Copy);
  if (N <= 0)
    return;
  size_t Old = Out->size();
  Out->resize(Old + N + 1);
  vsnprintf(&(*Out)[Old], N + 1, Fmt, Args);
  Out->resize(Old + N);
}

// Hooks by name. A compile resolves a handful of hooks in a kernel BTF of
// some 150k types (70k FUNCs): indexing every name costs more than the few
// lookups it saves. So one walk indexes only what tracepoints need (the
// btf_trace_<tp> TYPEDEFs and __bpf_trace_<class> FUNCs, a few thousand),
// other FUNCs are found by a scan of the types, and only a compile that
// looks up many (--bpfcc-gen-ctx, a file full of fentry programs) builds
// the full FUNC index.
struct NameIndex {
  const RawBTF *B = nullptr;
  // Keys point into B's string table (B outlives the index): no copy.
  DenseMap<StringRef, int> TraceFuncs, Typedefs, Funcs;
  bool TraceBuilt = false, FuncsBuilt = false;
  unsigned FuncScans = 0;
  /// __bpf_trace_ FUNC_PROTOs by parameter types; null when two classes
  /// with the same types name their parameters differently.
  std::map<std::string, const struct btf_type *> Classes;
  bool ClassesBuilt = false;

  const struct btf_type *uniqueClass(const RawBTF *NewB,
                                     const std::string &Key);
  int find(const RawBTF *NewB, StringRef Name, unsigned Kind);

private:
  void reset(const RawBTF *NewB);
  template <typename Fn> void walk(Fn Visit);
};

void NameIndex::reset(const RawBTF *NewB) {
  if (NewB == B)
    return;
  B = NewB;
  TraceFuncs.clear();
  Typedefs.clear();
  Funcs.clear();
  Classes.clear();
  TraceBuilt = FuncsBuilt = ClassesBuilt = false;
  FuncScans = 0;
}

// Visits every (id, type).
template <typename Fn> void NameIndex::walk(Fn Visit) {
  for (unsigned Id = 1, N = B->typeCount(); Id < N; ++Id)
    Visit(Id, B->type(Id));
}

int NameIndex::find(const RawBTF *NewB, StringRef Name, unsigned Kind) {
  reset(NewB);
  bool Trace = Kind == BTF_KIND_TYPEDEF || Name.starts_with("__bpf_trace_");
  if (Trace && !TraceBuilt) {
    TraceBuilt = true;
    walk([&](unsigned Id, const struct btf_type *T) {
      unsigned K = btf_kind(T);
      if (K == BTF_KIND_FUNC) {
        StringRef N = nameOf(B, T);
        if (N.starts_with("__bpf_trace_"))
          TraceFuncs.try_emplace(N, Id);
      } else if (K == BTF_KIND_TYPEDEF) {
        StringRef N = nameOf(B, T);
        if (N.starts_with("btf_trace_"))
          Typedefs.try_emplace(N, Id);
      }
    });
  }
  const DenseMap<StringRef, int> *M = nullptr;
  if (Kind == BTF_KIND_TYPEDEF)
    M = &Typedefs; // only btf_trace_<tp> is ever looked up
  else if (Trace)
    M = &TraceFuncs;
  else if (FuncsBuilt)
    M = &Funcs;
  else if (++FuncScans <= 4)
    return B->find(Name, BTF_KIND_FUNC);
  else {
    FuncsBuilt = true;
    Funcs.reserve(B->typeCount() / 2);
    walk([&](unsigned Id, const struct btf_type *T) {
      if (btf_kind(T) == BTF_KIND_FUNC)
        Funcs.try_emplace(nameOf(B, T), Id);
    });
    M = &Funcs;
  }
  auto It = M->find(Name);
  return It == M->end() ? -1 : It->second;
}

// A plain static object, freed at exit: cheap now that a compile indexes
// only tracepoint names (a leaked heap object was a LeakSanitizer report in
// bpfcc-check, which links this code into the executable).
NameIndex TheIndex;

std::string protoKey(const struct btf_type *P);

bool sameNames(const RawBTF *B, const struct btf_type *X,
               const struct btf_type *Y) {
  for (unsigned I = 0, N = btf_vlen(X); I < N; ++I)
    if (StringRef(B->str(btf_params(X)[I].name_off)) !=
        B->str(btf_params(Y)[I].name_off))
      return false;
  return true;
}

const struct btf_type *NameIndex::uniqueClass(const RawBTF *NewB,
                                              const std::string &Key) {
  find(NewB, "__bpf_trace_", BTF_KIND_FUNC); // (re)index NewB
  if (!ClassesBuilt) {
    ClassesBuilt = true;
    for (const auto &E : TraceFuncs) {
      const struct btf_type *F =
          B->type(B->type(E.second)->type);
      if (!F || !btf_is_func_proto(F))
        continue;
      auto [It, New] = Classes.try_emplace(protoKey(F), F);
      if (!New && It->second && !sameNames(B, It->second, F))
        It->second = nullptr;
    }
  }
  auto It = Classes.find(Key);
  return It == Classes.end() ? nullptr : It->second;
}

// The FUNC_PROTO of a tracepoint: btf_trace_<tp> is a typedef of a pointer
// to it.
const struct btf_type *tracepointProto(const RawBTF *B, StringRef Tp,
                                       std::string &Symbol) {
  Symbol = (Twine("btf_trace_") + Tp).str();
  int Id = TheIndex.find(B, Symbol, BTF_KIND_TYPEDEF);
  if (Id <= 0)
    return nullptr;
  const struct btf_type *T = B->type(Id);
  T = B->type(T->type);
  if (!T || !btf_is_ptr(T))
    return nullptr;
  T = B->type(T->type);
  return T && btf_is_func_proto(T) ? T : nullptr;
}
/// The parameter types of a FUNC_PROTO, as a key.
std::string protoKey(const struct btf_type *P) {
  std::string Key;
  const struct btf_param *Params = btf_params(P);
  for (unsigned I = 0, N = btf_vlen(P); I < N; ++I)
    Key += std::to_string(Params[I].type) + ",";
  return Key;
}

// Parameter names of a tracepoint. The kernel emits __bpf_trace_<name> once
// per event class (DECLARE_EVENT_CLASS), so an event defined with
// DEFINE_EVENT(class, event) has only btf_trace_<event>. The class is found
// by name (the event itself, else a '_'-prefix of it, with or without
// "_template") and, failing that, as the only class whose parameter types
// are the event's; the types must match in every case.
const struct btf_type *tracepointNames(const RawBTF *B, StringRef Tp,
                                       const struct btf_type *Proto) {
  std::string Key = protoKey(Proto);
  auto protoOf = [&](StringRef Class) -> const struct btf_type * {
    int Id = TheIndex.find(B, ("__bpf_trace_" + Class).str(), BTF_KIND_FUNC);
    if (Id <= 0)
      return nullptr;
    const struct btf_type *F =
        B->type(B->type(Id)->type);
    return F && btf_is_func_proto(F) && protoKey(F) == Key ? F : nullptr;
  };
  for (StringRef Class = Tp; !Class.empty();
       Class = Class.rsplit('_').first) {
    if (const struct btf_type *F = protoOf(Class))
      return F;
    if (const struct btf_type *F = protoOf((Class + "_template").str()))
      return F;
    if (!Class.contains('_'))
      break;
  }
  return TheIndex.uniqueClass(B, Key);
}
} // namespace

std::optional<HookRef> hookOfSection(StringRef Section) {
  for (const SectionPrefix &P : kSectionPrefixes) {
    if (!Section.starts_with(P.Prefix))
      continue;
    StringRef Name = Section.drop_front(strlen(P.Prefix));
    // Empty: libbpf leaves the target to the loader. "module:func" hooks
    // live in module BTF, which bpfcc does not read.
    if (Name.empty() || Name.contains(':'))
      return std::nullopt;
    return HookRef{P.Kind, Name.str()};
  }
  return std::nullopt;
}

std::optional<HookRef> hookOfStructName(StringRef StructName) {
  size_t Sep = StructName.find("__");
  if (Sep == StringRef::npos || Sep + 2 == StructName.size())
    return std::nullopt;
  StringRef Prefix = StructName.take_front(Sep);
  for (HookKind K : kStructKinds)
    if (Prefix == kindName(K))
      return HookRef{K, StructName.drop_front(Sep + 2).str()};
  return std::nullopt;
}

StringRef kindName(HookKind K) {
  switch (K) {
  case HookKind::FEntry:
    return "fentry";
  case HookKind::FExit:
    return "fexit";
  case HookKind::FModRet:
    return "fmod_ret";
  case HookKind::LSM:
    return "lsm";
  case HookKind::TpBtf:
    return "tp_btf";
  case HookKind::RawTp:
    return "raw_tp";
  case HookKind::Iter:
    return "iter";
  }
  return "";
}

bool kindSeesReturn(HookKind K) {
  // The trampoline stores the traced function's return value after the
  // arguments for fexit and fmod_ret; LSM programs run as fmod_ret-like
  // programs on bpf_lsm_<hook> and see the previous program's verdict.
  return K == HookKind::FExit || K == HookKind::FModRet || K == HookKind::LSM;
}

std::string ctxStructName(const HookRef &H) {
  return (kindName(H.Kind) + Twine("__") + H.Name).str();
}

unsigned skipModsAndTypedefs(const RawBTF *B, unsigned Id) {
  for (;;) {
    const struct btf_type *T = B->type(Id);
    if (!T)
      return Id;
    if (btf_is_mod(T) || btf_is_typedef(T) || btf_is_type_tag(T))
      Id = T->type;
    else
      return Id;
  }
}

unsigned typeSize(const RawBTF *B, unsigned Id) {
  long long S = B->resolveSize(Id);
  return S < 0 ? 0 : static_cast<unsigned>(S);
}

std::optional<Hook> resolveHook(const RawBTF *B, const HookRef &H,
                                std::string &Why) {
  Hook Out;
  Out.Ref = H;
  const struct btf_type *Proto = nullptr;  // types
  const struct btf_type *Names = nullptr;  // parameter names
  unsigned Skip = 0;                       // leading params not passed

  if (H.Kind == HookKind::TpBtf || H.Kind == HookKind::RawTp) {
    Proto = tracepointProto(B, H.Name, Out.Symbol);
    if (!Proto) {
      Why = "no tracepoint '" + H.Name + "' (typedef " + Out.Symbol + ")";
      return std::nullopt;
    }
    Skip = 1; // void *__data
    Names = tracepointNames(B, H.Name, Proto);
  } else {
    switch (H.Kind) {
    case HookKind::LSM:
      Out.Symbol = "bpf_lsm_" + H.Name;
      break;
    case HookKind::Iter:
      Out.Symbol = "bpf_iter_" + H.Name;
      break;
    default:
      Out.Symbol = H.Name;
    }
    int Id = TheIndex.find(B, Out.Symbol, BTF_KIND_FUNC);
    if (Id <= 0) {
      Why = (H.Kind == HookKind::LSM ? "no LSM hook '" + H.Name + "' (function " + Out.Symbol + ")"
             : H.Kind == HookKind::Iter ? "no BPF iterator '" + H.Name + "' (function " + Out.Symbol + ")"
                                        : "no function '" + H.Name + "'");
      return std::nullopt;
    }
    Proto = Names = B->type(B->type(Id)->type);
  }

  const struct btf_param *P = btf_params(Proto);
  for (unsigned I = Skip, N = btf_vlen(Proto); I < N; ++I) {
    // A variadic function ends with a parameter of type 0.
    if (P[I].type == 0)
      break;
    HookArg A;
    const char *Name =
        Names ? B->str(btf_params(Names)[I].name_off) : "";
    A.Named = Name && *Name;
    A.Name = A.Named ? Name : "arg" + std::to_string(I - Skip);
    A.Type = P[I].type;
    unsigned Size = typeSize(B, A.Type);
    A.Slots = Size > 8 ? (Size + 7) / 8 : 1;
    Out.Args.push_back(std::move(A));
  }
  if (kindSeesReturn(H.Kind) && Proto->type != 0) {
    // 'ret' is the return value in every context struct; a parameter of
    // that name (there are a few) becomes 'ret_arg'.
    for (HookArg &A : Out.Args)
      if (A.Name == "ret")
        A.Name = "ret_arg";
    Out.Args.push_back({"ret", Proto->type, 1});
    Out.HasRet = true;
  }
  return Out;
}

namespace {
// The name of the hook of kind K that type T stands for: every FUNC for
// fentry/fexit/fmod_ret, FUNC bpf_lsm_<hook>, FUNC bpf_iter_<name>, TYPEDEF
// btf_trace_<tp>; nullopt for other types.
std::optional<StringRef> hookNameOf(const RawBTF *B, const struct btf_type *T,
                                    HookKind K) {
  StringRef Name = nameOf(B, T);
  switch (K) {
  case HookKind::FEntry:
  case HookKind::FExit:
  case HookKind::FModRet:
    if (btf_is_func(T))
      return Name;
    break;
  case HookKind::LSM:
    if (btf_is_func(T) && Name.consume_front("bpf_lsm_"))
      return Name;
    break;
  case HookKind::Iter:
    if (btf_is_func(T) && Name.consume_front("bpf_iter_"))
      return Name;
    break;
  case HookKind::TpBtf:
  case HookKind::RawTp:
    if (btf_is_typedef(T) && Name.consume_front("btf_trace_"))
      return Name;
    break;
  }
  return std::nullopt;
}

// Edit distance counting a swap of two neighbouring characters as one edit
// (optimal string alignment), the commonest typo; above Max, Max + 1.
unsigned typoDistance(StringRef A, StringRef B, unsigned Max) {
  if ((A.size() > B.size() ? A.size() - B.size() : B.size() - A.size()) > Max)
    return Max + 1;
  std::vector<unsigned> Prev2(B.size() + 1), Prev(B.size() + 1),
      Cur(B.size() + 1);
  for (unsigned J = 0; J <= B.size(); ++J)
    Prev[J] = J;
  for (unsigned I = 1; I <= A.size(); ++I) {
    Cur[0] = I;
    unsigned RowMin = Cur[0];
    for (unsigned J = 1; J <= B.size(); ++J) {
      unsigned Cost = A[I - 1] == B[J - 1] ? 0 : 1;
      Cur[J] = std::min({Prev[J] + 1, Cur[J - 1] + 1, Prev[J - 1] + Cost});
      if (I > 1 && J > 1 && A[I - 1] == B[J - 2] && A[I - 2] == B[J - 1])
        Cur[J] = std::min(Cur[J], Prev2[J - 2] + 1);
      RowMin = std::min(RowMin, Cur[J]);
    }
    if (RowMin > Max)
      return Max + 1;
    std::swap(Prev2, Prev);
    std::swap(Prev, Cur);
  }
  return std::min(Prev[B.size()], Max + 1);
}

// Names the kernel gives variants of one function, which a multi-kernel
// program names on purpose: 'tcp_v4_connect' / 'tcp_v6_connect',
// 'blk_account_io_start' / '__blk_account_io_start'.
bool isVariantName(StringRef A, StringRef B) {
  if (A.ltrim('_') == B.ltrim('_'))
    return true;
  if (A.size() != B.size())
    return false;
  for (size_t I = 0; I < A.size(); ++I)
    if (A[I] != B[I] && !(isDigit(A[I]) && isDigit(B[I])))
      return false;
  return true;
}
} // namespace

std::string closestHook(const RawBTF *B, const HookRef &H) {
  StringRef Want = H.Name;
  // One slip in a short name, two in a longer one: more would suggest
  // unrelated functions (the kernel has tens of thousands).
  unsigned Max = Want.size() >= 8 ? 2 : Want.size() >= 4 ? 1 : 0;
  if (Max == 0)
    return "";
  StringRef Best;
  unsigned BestDist = Max + 1;
  for (unsigned Id = 1, N = B->typeCount(); Id < N; ++Id) {
    std::optional<StringRef> Name = hookNameOf(B, B->type(Id), H.Kind);
    if (!Name || Name->empty() || *Name == Want)
      continue;
    // Strictly closer only: the first of equally close names, in BTF
    // order, so that the suggestion does not depend on anything else.
    unsigned D = typoDistance(Want, *Name, BestDist - 1);
    if (D < BestDist && !isVariantName(Want, *Name)) {
      Best = *Name;
      BestDist = D;
    }
  }
  return Best.str();
}

std::vector<HookRef> allHooks(const RawBTF *B, HookKind K) {
  std::vector<HookRef> Out;
  for (unsigned Id = 1, N = B->typeCount(); Id < N; ++Id)
    if (std::optional<StringRef> Name = hookNameOf(B, B->type(Id), K))
      Out.push_back({K, Name->str()});
  return Out;
}

namespace {
// One btf_dump per BTF: creating one indexes the whole BTF, far too slow
// per declaration (--bpfcc-gen-ctx formats hundreds of thousands). One
// dumper also names types exactly as bpftool's vmlinux.h does.
struct Dumper {
  const struct btf *B = nullptr;
  struct btf_dump *D = nullptr;
  std::string Out;
  ~Dumper() { btf_dump__free(D); }
  struct btf_dump *get(const struct btf *NewB) {
    if (NewB != B) {
      btf_dump__free(D);
      LIBBPF_OPTS(btf_dump_opts, Opts);
      D = btf_dump__new(NewB, appendPrintf, &Out, &Opts);
      B = D ? NewB : nullptr;
    }
    return D;
  }
};
Dumper TheDumper;
} // namespace

void primeTypeNames(const struct btf *B) {
  struct btf_dump *D = B ? TheDumper.get(B) : nullptr;
  if (!D)
    return;
  // Types whose names collide (enum context and struct context) are told
  // apart as bpftool does, by the order it dumps them in: all, by id.
  Discard = true;
  for (unsigned Id = 1, N = btf__type_cnt(B); Id < N; ++Id)
    btf_dump__dump_type(D, Id);
  Discard = false;
}

std::string formatDecl(const struct btf *B, unsigned Id, StringRef Name) {
  // B is null if libbpf refused a BTF RawBTF read: no spelling, "?".
  struct btf_dump *D = B ? TheDumper.get(B) : nullptr;
  if (!D)
    return "?";
  TheDumper.Out.clear();
  std::string N = Name.str();
  LIBBPF_OPTS(btf_dump_emit_type_decl_opts, Opts, .field_name = N.c_str());
  if (btf_dump__emit_type_decl(D, Id, &Opts) < 0)
    return "?";
  return TheDumper.Out;
}

std::string formatArgs(const struct btf *B, const Hook &H) {
  std::string Out = "(";
  for (size_t I = 0; I < H.Args.size(); ++I) {
    if (I)
      Out += ", ";
    Out += formatDecl(B, H.Args[I].Type, H.Args[I].Name);
  }
  return Out + ")";
}

} // namespace bpfcc
