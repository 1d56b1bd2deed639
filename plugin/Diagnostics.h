//===- Diagnostics.h - bpfcc diagnostics with their own -W/-R flags -------===//
//
// clang-19 cannot give plugin diagnostics real warning groups: a custom
// diagnostic ID has a fixed level and ignores -W options. So bpfcc keeps its
// own flags on top of custom IDs, with clang's semantics:
//   -Wbpfcc-foo / -Wno-bpfcc-foo         turn a warning on / off
//   -Werror=bpfcc-foo / -Wno-error=...   upgrade it to an error / don't
//   -Rbpfcc-foo / -Rno-bpfcc-foo         turn a remark on / off
// -Wbpfcc, -Wno-bpfcc and -Werror=bpfcc name every bpfcc warning at once.
// clang's -w silences bpfcc warnings, but a plain -Werror does not make them
// errors (like clang's DefaultWarnNoWerror diagnostics): bpfcc is a drop-in
// for clang-19, and a -Werror build that clang-19 accepts must still build.
// The flag is printed after the message like clang does: "[-Wbpfcc-foo]".
//
// Every flag is listed in Diagnostics.cpp (kFlags); a feature adds its flag
// there and to the Flag enum.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_DIAGNOSTICS_H
#define BPFCC_PLUGIN_DIAGNOSTICS_H

#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/StringMap.h"
#include <string>
#include <vector>

namespace bpfcc {

enum class Flag {
  ArgCtxRemark,  ///< -Rbpfcc-arg-ctx: each arg:ctx injection or lowering.
  ArgCtxWarning, ///< -Wbpfcc-arg-ctx: a context parameter left untagged.
  ProtoName,     ///< -Wbpfcc-proto-name: argument named like another
                 ///< kernel argument (a shifted or swapped list).
  ProtoRename,   ///< -Wbpfcc-proto-rename (off): any name unlike the kernel's.
  ProtoSign,     ///< -Wbpfcc-proto-sign: argument signedness differs.
  ProtoWiden,    ///< -Wbpfcc-proto-widen (off): a tracepoint integer read
                 ///< exactly by a wider type.
  ProtoMissing,  ///< -Wbpfcc-proto-missing: hook not in the --target-btf
                 ///< kernel, or a misspelt one.
  ProtoMissingHost, ///< -Wbpfcc-proto-missing-host (off): hook not in this
                    ///< machine's kernel, no close name.
  ProtoMissingOptional, ///< -Rbpfcc-proto-missing: SEC("?...") hook not in
                        ///< the kernel.
  ProtoSkipped,  ///< -Wbpfcc-proto-skipped: no kernel BTF to check against.
  SyscallRemark, ///< -Rbpfcc-syscall: wrapper folding decisions.
  SyscallAttach, ///< -Wbpfcc-syscall-attach: arch-specific syscall attach.
  SyscallQuirk,  ///< -Wbpfcc-syscall-quirk: BPF_KSYSCALL on an odd syscall.
  SyscallArgs,   ///< -Wbpfcc-syscall-args: BPF_KSYSCALL vs kernel prototype.
  SparsePtRegs,  ///< -Wbpfcc-sparse-pt-regs: arm64 kprobe.multi regs read.
  HostKernel,    ///< -Wbpfcc-host-kernel: a check failed against the build
                 ///< machine's BTF, no --target-btf named.
  AutoCoreRemark, ///< -Rbpfcc-auto-core: each automatic CO-RE rewrite.
  NumFlags
};

class Diagnostics {
public:
  explicit Diagnostics(clang::DiagnosticsEngine &DE);

  /// Applies -W/-R flags in command-line order (the last one wins, as in
  /// clang). Returns false and sets Error for an unknown flag.
  bool configure(const std::vector<std::string> &Flags, std::string &Error);

  /// Whether a warning or remark would be shown. Check this before building
  /// notes, so that notes of a suppressed diagnostic are not shown either.
  bool enabled(Flag F) const;

  /// A warning or remark under flag F; F must be enabled().
  clang::DiagnosticBuilder report(Flag F, clang::SourceLocation Loc,
                                  llvm::StringRef Format);
  clang::DiagnosticBuilder error(clang::SourceLocation Loc,
                                 llvm::StringRef Format);
  /// What a check against kernel BTF found: an error if the user named the
  /// target BTF (Named), else a -Wbpfcc-host-kernel warning, or nothing if
  /// that is off (clang then drops the notes that follow, too).
  clang::DiagnosticBuilder finding(bool Named, clang::SourceLocation Loc,
                                   llvm::StringRef Format);
  clang::DiagnosticBuilder note(clang::SourceLocation Loc,
                                llvm::StringRef Format);

  /// An error without a source location (bad plugin argument, unreadable
  /// kernel BTF).
  void fatal(llvm::StringRef Message);

  clang::DiagnosticsEngine &engine() { return DE; }

private:
  unsigned id(clang::DiagnosticIDs::Level L, const std::string &Format);

  clang::DiagnosticsEngine &DE;
  struct State {
    bool On = false;
    bool Error = false; ///< -Werror=flag (cleared by -Wno-error=flag)
  };
  State States[static_cast<unsigned>(Flag::NumFlags)];
};

} // namespace bpfcc

#endif
