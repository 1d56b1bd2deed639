//===- Syscall.h - syscall arguments on every architecture ----------------===//
//
// Issue 6 (docs/syscalls.md):
//  - the target architecture, as libbpf's bpf_tracing.h sees it
//    (-D__TARGET_ARCH_*);
//  - with --target-kernel, LINUX_HAS_SYSCALL_WRAPPER (libbpf's kconfig
//    extern behind BPF_KSYSCALL) folded to a constant by an IR pass, so the
//    object needs no .kconfig support from its loader;
//  - AST checks: non-CO-RE reads of kernel-internal pt_regs flavors (an
//    error), arch-specific syscall attach names (with a fix-it), syscalls
//    BPF_KSYSCALL cannot read transparently, BPF_KSYSCALL argument lists
//    against the kernel's prototype, and arm64 kprobe.multi programs that
//    read pt_regs fields ftrace_regs does not fill.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_SYSCALL_H
#define BPFCC_PLUGIN_SYSCALL_H

#include "Options.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/IR/PassManager.h"
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class Preprocessor;
} // namespace clang

namespace bpfcc {

struct PluginState;

/// The kernel architecture a BPF program is built for. BPF code is the same
/// everywhere; only libbpf's pt_regs macros, and the kernel, differ.
enum class TargetArch { Unknown, X86, Arm64, S390, Riscv, PowerPC, Other };

llvm::StringRef archName(TargetArch A);

/// Read from the preprocessor at the end of the translation unit: libbpf's
/// own bpf_target_* macros when bpf_tracing.h was included (they say which
/// __TARGET_ARCH_* libbpf picked), else the __TARGET_ARCH_* macros.
TargetArch targetArch(clang::Preprocessor &PP);

/// The first kernel release in which Arch selects ARCH_HAS_SYSCALL_WRAPPER
/// unconditionally (so every kernel from there on has it), or nullopt when
/// that cannot be known at compile time (never, or depends on the config).
/// The table and its sources are in docs/syscalls.md.
std::optional<KernelVersion> syscallWrapperSince(TargetArch Arch);

/// What the AST analysis decided for the IR pass.
struct SyscallPlan {
  /// Set by Plugin.cpp before parsing; read at the end of the TU.
  clang::Preprocessor *PP = nullptr;
  TargetArch Arch = TargetArch::Unknown;
  /// The value LINUX_HAS_SYSCALL_WRAPPER folds to, if it can be folded.
  std::optional<bool> FoldWrapper;
  /// Why (not): the -Rbpfcc-syscall remark, given when the extern exists.
  std::string FoldReason;
};

/// Runs the AST checks and fills S.Syscall. Call at the end of the TU.
void analyzeSyscalls(PluginState &S, clang::ASTContext &Ctx);

/// Replaces loads of the LINUX_HAS_SYSCALL_WRAPPER kconfig extern with the
/// constant from S.Syscall.FoldWrapper and deletes the extern.
class SyscallWrapperFoldPass
    : public llvm::PassInfoMixin<SyscallWrapperFoldPass> {
public:
  explicit SyscallWrapperFoldPass(PluginState &S) : S(S) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);

private:
  PluginState &S;
};

} // namespace bpfcc

#endif
