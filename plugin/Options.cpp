//===- Options.cpp - bpfcc plugin arguments -------------------------------===//

#include "Options.h"

#include "llvm/ADT/StringExtras.h"

using namespace llvm;

namespace bpfcc {

std::optional<KernelVersion> KernelVersion::parse(StringRef S) {
  auto [MajS, MinS] = S.split('.');
  KernelVersion V;
  // "6" alone means 6.0; anything past X.Y (a patch level) is not accepted:
  // BPF features are tied to X.Y releases.
  if (MajS.empty() || MajS.getAsInteger(10, V.Major))
    return std::nullopt;
  if (!MinS.empty() && MinS.getAsInteger(10, V.Minor))
    return std::nullopt;
  if (S.ends_with("."))
    return std::nullopt;
  return V;
}

std::string KernelVersion::str() const {
  return utostr(Major) + "." + utostr(Minor);
}

bool Options::parse(const std::vector<std::string> &Args, std::string &Error) {
  for (const std::string &A : Args) {
    StringRef Arg(A);
    if (Arg.consume_front("target-kernel=")) {
      TargetKernel = KernelVersion::parse(Arg);
      if (!TargetKernel) {
        Error = "invalid target kernel version '" + Arg.str() +
                "' (expected X.Y, e.g. 6.1)";
        return false;
      }
    } else if (Arg.consume_front("target-btf=")) {
      if (Arg.empty()) {
        Error = "empty path in 'target-btf='";
        return false;
      }
      TargetBTF = Arg.str();
    } else if (Arg == "no-arg-ctx") {
      ArgCtx = false;
    } else if (Arg == "arg-ctx") {
      ArgCtx = true;
    } else if (Arg == "no-lower-arg-ctx") {
      LowerArgCtx = false;
    } else if (Arg == "lower-arg-ctx") {
      LowerArgCtx = true;
    } else if (Arg == "no-syscall-regs") {
      SyscallRegs = false;
    } else if (Arg == "no-fold-syscall-wrapper") {
      FoldSyscallWrapper = false;
    } else if (Arg == "no-proto-check") {
      ProtoCheck = false;
    } else if (Arg == "no-auto-core") {
      AutoCore = false;
    } else if (Arg == "auto-core") {
      AutoCore = true;
    } else if (Arg == "proto-check") {
      ProtoCheck = true;
    } else if (Arg == "no-availability") {
      Availability = false;
    } else if (Arg == "availability") {
      Availability = true;
    } else if (Arg == "gen-ctx" || Arg.consume_front("gen-ctx=")) {
      GenCtx = true;
      SmallVector<StringRef, 8> Hooks;
      if (Arg != "gen-ctx")
        Arg.split(Hooks, ',', -1, /*KeepEmpty=*/false);
      for (StringRef H : Hooks)
        GenCtxHooks.push_back(H.str());
    } else if (Arg.starts_with("W") || Arg.starts_with("R")) {
      // Validated against the known flags by Diagnostics.
      DiagFlags.push_back(A);
    } else {
      Error = "unknown plugin argument '" + A + "'";
      return false;
    }
  }
  return true;
}

} // namespace bpfcc
