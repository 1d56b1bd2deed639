//===- TracingHooks.h - tracing hooks of the target kernel, from its BTF --===//
//
// What a fentry/fexit/fmod_ret/lsm/tp_btf/raw_tp/iter program receives, read
// from the target kernel's BTF: the hook's arguments (names, BTF types, how
// many 8-byte context slots each takes) and, for hooks that see it, the
// return value last. The prototype checks (ProtoCheck.cpp) compare programs
// with it; the named context structs (CtxStructs.cpp) and
// --bpfcc-gen-ctx are built from it, so both agree by construction.
//
// Where the kernel keeps each hook (kernel-facts.md §5):
//   fentry/F, fexit/F, fmod_ret/F   FUNC F
//   lsm/H, lsm.s/H, lsm_cgroup/H    FUNC bpf_lsm_H; the program also gets
//                                   the return value ("int ret")
//   tp_btf/T, raw_tp/T              TYPEDEF btf_trace_T -> PTR -> FUNC_PROTO
//                                   (first parameter void *__data, not
//                                   passed); its parameters have no names,
//                                   FUNC __bpf_trace_T has them
//   iter/I                          FUNC bpf_iter_I
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_TRACINGHOOKS_H
#define BPFCC_PLUGIN_TRACINGHOOKS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

struct btf;

namespace bpfcc {
class RawBTF;
}

namespace bpfcc {

enum class HookKind { FEntry, FExit, FModRet, LSM, TpBtf, RawTp, Iter };

/// A hook named by a section ("lsm.s/file_open") or by a context struct
/// ("lsm__file_open").
struct HookRef {
  HookKind Kind;
  std::string Name; ///< "file_open"
};

/// The hook a program section attaches to; nullopt for other sections and
/// for hooks outside vmlinux ("fentry/module:func").
std::optional<HookRef> hookOfSection(llvm::StringRef Section);

/// The hook a context struct name stands for ("fexit__vfs_read"); nullopt
/// for any other name. Cheap: called on every failed tag-name lookup.
std::optional<HookRef> hookOfStructName(llvm::StringRef StructName);

/// "fentry", "fexit", "fmod_ret", "lsm", "tp_btf", "raw_tp", "iter": the
/// section prefix and context struct prefix of a kind.
llvm::StringRef kindName(HookKind K);
/// Whether programs of this kind get the hook's return value last.
bool kindSeesReturn(HookKind K);
/// The context struct name of a hook: "<kind>__<name>".
std::string ctxStructName(const HookRef &H);

struct HookArg {
  std::string Name; ///< Kernel's parameter name; "argN" if BTF has none.
  unsigned Type;    ///< BTF type id.
  unsigned Slots;   ///< 8-byte context slots (2 for 9..16-byte structs).
  bool Named = true; ///< Name is the kernel's, not a made-up "argN".
};

struct Hook {
  HookRef Ref;
  std::string Symbol;         ///< "bpf_lsm_file_open", "btf_trace_sched_switch"
  std::vector<HookArg> Args;  ///< What the program gets, in slot order;
                              ///< includes the return value ("ret") last
                              ///< when the kind sees it and it is not void.
  bool HasRet = false;        ///< Args.back() is the return value.
  unsigned numParams() const { return Args.size() - (HasRet ? 1 : 0); }
};

// Lookups read the kernel BTF through RawBTF (no libbpf parse, see
// RawBTF.h); only formatting declarations needs libbpf's btf_dump, and
// takes the libbpf view of the same BTF (same type ids).

/// Looks the hook up in B. On failure returns nullopt and sets Why to a
/// message fragment such as "no function 'foo'".
std::optional<Hook> resolveHook(const RawBTF *B, const HookRef &H,
                                std::string &Why);

/// The hook of H's kind in B whose name is closest to H.Name, when the two
/// differ as a typo does (a character or two, not only in digits or leading
/// underscores, which is how the kernel names variants), else "". Walks
/// every type of B: for a hook resolveHook() did not find.
std::string closestHook(const RawBTF *B, const HookRef &H);

/// Every hook of kind K in B, in BTF order (for --bpfcc-gen-ctx).
std::vector<HookRef> allHooks(const RawBTF *B, HookKind K);

/// C text of a declaration of BTF type Id named Name, as vmlinux.h spells
/// it ("struct vm_area_struct *vma"); with an empty Name, the type alone.
std::string formatDecl(const struct btf *B, unsigned Id, llvm::StringRef Name);

/// Makes formatDecl name colliding types ("struct context___2") exactly
/// like bpftool's vmlinux.h of B. Costs a full dump; for whole headers.
void primeTypeNames(const struct btf *B);

/// "(struct vm_area_struct *vma, unsigned long reqprot, ..., int ret)"
std::string formatArgs(const struct btf *B, const Hook &H);

/// Strips const/volatile/restrict/type tags and typedefs.
unsigned skipModsAndTypedefs(const RawBTF *B, unsigned Id);

/// Size in bytes of BTF type Id (pointers: 8).
unsigned typeSize(const RawBTF *B, unsigned Id);

} // namespace bpfcc

#endif
