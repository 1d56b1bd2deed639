//===- TracingHooks.cpp - tracing hooks of the target kernel, from its BTF ===//

#include "TracingHooks.h"

#include <bpf/btf.h>
#include <cstdarg>
#include <cstdio>

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

const char *nameOf(const struct btf *B, const struct btf_type *T) {
  return btf__name_by_offset(B, T->name_off);
}

void appendPrintf(void *Ctx, const char *Fmt, va_list Args) {
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

// The FUNC_PROTO of a tracepoint: btf_trace_<tp> is a typedef of a pointer
// to it.
const struct btf_type *tracepointProto(const struct btf *B, StringRef Tp,
                                       std::string &Symbol) {
  Symbol = ("btf_trace_" + Tp).str();
  int Id = btf__find_by_name_kind(B, Symbol.c_str(), BTF_KIND_TYPEDEF);
  if (Id <= 0)
    return nullptr;
  const struct btf_type *T = btf__type_by_id(B, Id);
  T = btf__type_by_id(B, T->type);
  if (!T || !btf_is_ptr(T))
    return nullptr;
  T = btf__type_by_id(B, T->type);
  return T && btf_is_func_proto(T) ? T : nullptr;
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
  return (kindName(H.Kind) + "__" + H.Name).str();
}

unsigned skipModsAndTypedefs(const struct btf *B, unsigned Id) {
  for (;;) {
    const struct btf_type *T = btf__type_by_id(B, Id);
    if (!T)
      return Id;
    if (btf_is_mod(T) || btf_is_typedef(T) || btf_is_type_tag(T))
      Id = T->type;
    else
      return Id;
  }
}

unsigned typeSize(const struct btf *B, unsigned Id) {
  long long S = btf__resolve_size(B, Id);
  return S < 0 ? 0 : static_cast<unsigned>(S);
}

std::optional<Hook> resolveHook(const struct btf *B, const HookRef &H,
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
    std::string NameFunc = "__bpf_trace_" + H.Name;
    int Id = btf__find_by_name_kind(B, NameFunc.c_str(), BTF_KIND_FUNC);
    if (Id > 0) {
      const struct btf_type *F = btf__type_by_id(B, btf__type_by_id(B, Id)->type);
      if (F && btf_is_func_proto(F) && btf_vlen(F) == btf_vlen(Proto))
        Names = F;
    }
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
    int Id = btf__find_by_name_kind(B, Out.Symbol.c_str(), BTF_KIND_FUNC);
    if (Id <= 0) {
      Why = (H.Kind == HookKind::LSM ? "no LSM hook '" + H.Name + "' (function " + Out.Symbol + ")"
             : H.Kind == HookKind::Iter ? "no BPF iterator '" + H.Name + "' (function " + Out.Symbol + ")"
                                        : "no function '" + H.Name + "'");
      return std::nullopt;
    }
    Proto = Names = btf__type_by_id(B, btf__type_by_id(B, Id)->type);
  }

  const struct btf_param *P = btf_params(Proto);
  for (unsigned I = Skip, N = btf_vlen(Proto); I < N; ++I) {
    // A variadic function ends with a parameter of type 0.
    if (P[I].type == 0)
      break;
    HookArg A;
    const char *Name =
        Names ? btf__name_by_offset(B, btf_params(Names)[I].name_off) : "";
    A.Name = Name && *Name ? Name : "arg" + std::to_string(I - Skip);
    A.Type = P[I].type;
    unsigned Size = typeSize(B, A.Type);
    A.Slots = Size > 8 ? (Size + 7) / 8 : 1;
    Out.Args.push_back(std::move(A));
  }
  if (kindSeesReturn(H.Kind) && Proto->type != 0) {
    Out.Args.push_back({"ret", Proto->type, 1});
    Out.HasRet = true;
  }
  return Out;
}

std::vector<HookRef> allHooks(const struct btf *B, HookKind K) {
  std::vector<HookRef> Out;
  for (unsigned Id = 1, N = btf__type_cnt(B); Id < N; ++Id) {
    const struct btf_type *T = btf__type_by_id(B, Id);
    StringRef Name = nameOf(B, T);
    switch (K) {
    case HookKind::FEntry:
    case HookKind::FExit:
    case HookKind::FModRet:
      if (btf_is_func(T))
        Out.push_back({K, Name.str()});
      break;
    case HookKind::LSM:
      if (btf_is_func(T) && Name.consume_front("bpf_lsm_"))
        Out.push_back({K, Name.str()});
      break;
    case HookKind::Iter:
      if (btf_is_func(T) && Name.consume_front("bpf_iter_"))
        Out.push_back({K, Name.str()});
      break;
    case HookKind::TpBtf:
    case HookKind::RawTp:
      if (btf_is_typedef(T) && Name.consume_front("btf_trace_"))
        Out.push_back({K, Name.str()});
      break;
    }
  }
  return Out;
}

std::string formatDecl(const struct btf *B, unsigned Id, StringRef Name) {
  std::string Out;
  LIBBPF_OPTS(btf_dump_opts, DumpOpts);
  struct btf_dump *D = btf_dump__new(B, appendPrintf, &Out, &DumpOpts);
  if (!D)
    return "?";
  std::string N = Name.str();
  LIBBPF_OPTS(btf_dump_emit_type_decl_opts, Opts, .field_name = N.c_str());
  if (btf_dump__emit_type_decl(D, Id, &Opts) < 0)
    Out = "?";
  btf_dump__free(D);
  return Out;
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
