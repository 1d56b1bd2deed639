//===- SectionMap.cpp - SEC("...") -> BPF program type --------------------===//

#include "SectionMap.h"

#include "clang/AST/Attr.h"
#include <bpf/libbpf.h>
#include <cerrno>

using namespace clang;
using namespace llvm;

namespace bpfcc {

namespace {
struct ContextName {
  bpf_prog_type Type;
  const char *Struct;
};
// kernel-facts.md §2: the names btf_get_prog_ctx_type() compares against on
// kernels before 6.8 (and for untagged arguments on newer ones).
constexpr ContextName kContextNames[] = {
    {BPF_PROG_TYPE_SOCKET_FILTER, "__sk_buff"},
    {BPF_PROG_TYPE_SCHED_CLS, "__sk_buff"},
    {BPF_PROG_TYPE_SCHED_ACT, "__sk_buff"},
    {BPF_PROG_TYPE_CGROUP_SKB, "__sk_buff"},
    {BPF_PROG_TYPE_SK_SKB, "__sk_buff"},
    {BPF_PROG_TYPE_FLOW_DISSECTOR, "__sk_buff"},
    {BPF_PROG_TYPE_LWT_IN, "__sk_buff"},
    {BPF_PROG_TYPE_LWT_OUT, "__sk_buff"},
    {BPF_PROG_TYPE_LWT_XMIT, "__sk_buff"},
    {BPF_PROG_TYPE_LWT_SEG6LOCAL, "__sk_buff"},
    {BPF_PROG_TYPE_XDP, "xdp_md"},
    // libbpf uses the struct spelling: it works on more old kernels than a
    // typedef would.
    {BPF_PROG_TYPE_KPROBE, "bpf_user_pt_regs_t"},
    {BPF_PROG_TYPE_PERF_EVENT, "bpf_perf_event_data"},
    {BPF_PROG_TYPE_RAW_TRACEPOINT, "bpf_raw_tracepoint_args"},
    {BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE, "bpf_raw_tracepoint_args"},
    {BPF_PROG_TYPE_SOCK_OPS, "bpf_sock_ops"},
    {BPF_PROG_TYPE_CGROUP_SOCK, "bpf_sock"},
    {BPF_PROG_TYPE_CGROUP_SOCK_ADDR, "bpf_sock_addr"},
    {BPF_PROG_TYPE_CGROUP_SOCKOPT, "bpf_sockopt"},
    {BPF_PROG_TYPE_CGROUP_SYSCTL, "bpf_sysctl"},
    {BPF_PROG_TYPE_CGROUP_DEVICE, "bpf_cgroup_dev_ctx"},
    {BPF_PROG_TYPE_SK_MSG, "sk_msg_md"},
    {BPF_PROG_TYPE_SK_REUSEPORT, "sk_reuseport_md"},
    {BPF_PROG_TYPE_SK_LOOKUP, "bpf_sk_lookup"},
};

// libbpf reports sections it does not know through its print callback; for
// bpfcc that is the normal case of a non-program section, so stay quiet.
int quietPrint(enum libbpf_print_level, const char *, va_list) { return 0; }
} // namespace

StringRef ProgramKind::typeName() const {
  const char *S = libbpf_bpf_prog_type_str(Type);
  return S ? S : "unknown";
}

std::optional<ProgramKind> classifySection(StringRef Section) {
  ProgramKind K;
  if (Section.consume_front("?"))
    K.Optional = true;
  K.Section = Section.str();
  if (Section.empty() || Section.starts_with("."))
    return std::nullopt;
  libbpf_print_fn_t Old = libbpf_set_print(quietPrint);
  int Err = libbpf_prog_type_by_name(K.Section.c_str(), &K.Type, &K.Attach);
  libbpf_set_print(Old);
  if (Err)
    return std::nullopt;
  return K;
}

StringRef contextStructName(bpf_prog_type T) {
  for (const ContextName &C : kContextNames)
    if (C.Type == T)
      return C.Struct;
  return "";
}

bool isAcceptedContextStruct(bpf_prog_type T, StringRef StructName) {
  StringRef Want = contextStructName(T);
  if (Want.empty())
    return false;
  if (StructName == Want)
    return true;
  // Kernel side, bpf_user_pt_regs_t is a typedef the verifier resolves and
  // compares again: on x86 it names struct pt_regs.
  return T == BPF_PROG_TYPE_KPROBE && StructName == "pt_regs";
}

bool isAnyContextStruct(StringRef StructName) {
  for (const ContextName &C : kContextNames)
    if (StructName == C.Struct)
      return true;
  return StructName == "pt_regs";
}

bool isProgramEntry(const FunctionDecl *FD) {
  for (const FunctionDecl *D : FD->redecls())
    if (const auto *SA = D->getAttr<SectionAttr>())
      return SA->getName() != ".text";
  return false;
}

void SectionMap::add(const FunctionDecl *FD) {
  if (!FD->doesThisDeclarationHaveABody())
    return;
  const auto *SA = FD->getAttr<SectionAttr>();
  if (!SA)
    return;
  if (std::optional<ProgramKind> K = classifySection(SA->getName()))
    Programs.insert({FD->getCanonicalDecl(), std::move(*K)});
}

const ProgramKind *SectionMap::lookup(const FunctionDecl *FD) const {
  auto It = Programs.find(FD->getCanonicalDecl());
  return It == Programs.end() ? nullptr : &It->second;
}

} // namespace bpfcc
