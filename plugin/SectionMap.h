//===- SectionMap.h - SEC("...") -> BPF program type ----------------------===//
//
// Which functions of the translation unit are BPF programs, and of which
// program type. The section name is classified by libbpf itself
// (libbpf_prog_type_by_name), so bpfcc agrees with the loader by
// construction. SEC("?name") marks a program libbpf does not auto-load; the
// '?' is not part of the type.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_SECTIONMAP_H
#define BPFCC_PLUGIN_SECTIONMAP_H

#include "clang/AST/Decl.h"
#include "llvm/ADT/MapVector.h"
#include <linux/bpf.h>
#include <optional>
#include <string>

namespace bpfcc {

struct ProgramKind {
  std::string Section;     ///< As written, without a leading '?'.
  bool Optional = false;   ///< SEC("?...").
  bpf_prog_type Type = BPF_PROG_TYPE_UNSPEC;
  bpf_attach_type Attach = BPF_CGROUP_INET_INGRESS; // 0: "none" for most.

  /// libbpf's name of the program type ("kprobe", "xdp", "sched_cls", ...).
  llvm::StringRef typeName() const;
};

/// Classifies a section name; nullopt when libbpf does not know it as a
/// program section (".text", ".maps", "license", user sections...).
std::optional<ProgramKind> classifySection(llvm::StringRef Section);

/// The struct the verifier of kernels before 6.8 matches by name to treat a
/// global subprogram's argument as the context (kernel-facts.md §2), or ""
/// for program types without one (tracing, lsm, tracepoint, syscall, ...).
llvm::StringRef contextStructName(bpf_prog_type T);

/// Kernel-side names of the same context also accepted by that matching
/// (bpf_user_pt_regs_t is a typedef of struct pt_regs on x86).
bool isAcceptedContextStruct(bpf_prog_type T, llvm::StringRef StructName);

/// Whether StructName is the named context of any program type.
bool isAnyContextStruct(llvm::StringRef StructName);

/// Whether SEC() puts FD's definition in a section of its own (not .text):
/// then it is a program entry for the loader, whether or not libbpf knows
/// the section name (5.10-era "classifier/...", "sk_skb1", "l4lb-demo").
bool isProgramEntry(const clang::FunctionDecl *FD);

/// The programs of one translation unit, in source order.
class SectionMap {
public:
  /// Records FD if it is a program definition (a function with a program
  /// section).
  void add(const clang::FunctionDecl *FD);
  const ProgramKind *lookup(const clang::FunctionDecl *FD) const;
  const llvm::MapVector<const clang::FunctionDecl *, ProgramKind> &
  programs() const {
    return Programs;
  }

private:
  llvm::MapVector<const clang::FunctionDecl *, ProgramKind> Programs;
};

} // namespace bpfcc

#endif
