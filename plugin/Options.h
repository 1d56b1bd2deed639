//===- Options.h - bpfcc plugin arguments ---------------------------------===//
//
// The driver forwards bpfcc's own options to the plugin as
// -fplugin-arg-bpfcc-<arg>. This is their parsed form, shared by every
// feature. Diagnostic flags (-Wbpfcc-*, -Rbpfcc-*) are kept as written and
// interpreted by Diagnostics, which owns the list of known flags.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_OPTIONS_H
#define BPFCC_PLUGIN_OPTIONS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace bpfcc {

/// A kernel version as --target-kernel=X.Y names it: the oldest kernel the
/// object must load on.
struct KernelVersion {
  unsigned Major = 0;
  unsigned Minor = 0;

  static std::optional<KernelVersion> parse(llvm::StringRef S);
  bool operator<(KernelVersion O) const {
    return Major != O.Major ? Major < O.Major : Minor < O.Minor;
  }
  bool atLeast(unsigned Maj, unsigned Min) const {
    return !(*this < KernelVersion{Maj, Min});
  }
  std::string str() const;
};

struct Options {
  /// --target-kernel: unset means "lower nothing" (output must not depend on
  /// the build machine's kernel).
  std::optional<KernelVersion> TargetKernel;
  /// --target-btf: kernel BTF for checks; empty means /sys/kernel/btf/vmlinux.
  std::string TargetBTF;
  /// arg:ctx inference (issue 4); off with -fplugin-arg-bpfcc-no-arg-ctx.
  bool ArgCtx = true;
  /// arg:ctx lowering for targets < 6.8; off with no-lower-arg-ctx.
  bool LowerArgCtx = true;
  /// Portable syscall-argument reads on arm64/s390/riscv (the driver's
  /// bpf_tracing.h wrapper and the AST check of non-CO-RE pt_regs reads,
  /// docs/syscalls.md); off with no-syscall-regs.
  bool SyscallRegs = true;
  /// Fold LINUX_HAS_SYSCALL_WRAPPER for a --target-kernel; off with
  /// no-fold-syscall-wrapper.
  bool FoldSyscallWrapper = true;
  /// Tracing prototype checks (docs/tracing-prototypes.md); off with
  /// no-proto-check.
  bool ProtoCheck = true;
  /// Automatic CO-RE reads in probe-read programs (docs/auto-core.md); off
  /// with no-auto-core.
  bool AutoCore = true;
  /// Availability errors for helpers, kfuncs, program/attach/map types the
  /// target lacks (docs/target-kernel.md); off with no-availability.
  bool Availability = true;
  /// gen-ctx[=HOOK,...]: print named context structs as a C header instead
  /// of compiling (bpfcc --bpfcc-gen-ctx). Empty list: every hook.
  bool GenCtx = false;
  std::vector<std::string> GenCtxHooks;
  /// Diagnostic flags in command-line order, without the leading dash,
  /// e.g. "Wno-bpfcc-foo", "Werror=bpfcc-foo", "Rbpfcc-arg-ctx".
  std::vector<std::string> DiagFlags;

  /// Parses the plugin arguments. On failure returns false and sets Error to
  /// a one-line message naming the bad argument.
  bool parse(const std::vector<std::string> &Args, std::string &Error);
};

} // namespace bpfcc

#endif
