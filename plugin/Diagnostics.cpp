//===- Diagnostics.cpp - bpfcc diagnostics with their own -W/-R flags -----===//

#include "Diagnostics.h"

using namespace clang;
using namespace llvm;

namespace bpfcc {

namespace {
enum class Kind { Warning, Remark };
struct FlagInfo {
  Flag F;
  const char *Name; ///< Without -W/-R.
  Kind K;
  bool DefaultOn;
};

// Every bpfcc diagnostic flag. Documented in docs/plugin.md and in the
// feature's own page. Warnings default to on, except the strict forms of a
// check that sound code would trip (kept for users who ask for them);
// remarks default to off.
constexpr FlagInfo kFlags[] = {
    {Flag::ArgCtxRemark, "bpfcc-arg-ctx", Kind::Remark, false},
    {Flag::ArgCtxWarning, "bpfcc-arg-ctx", Kind::Warning, true},
    // docs/tracing-prototypes.md
    {Flag::ProtoName, "bpfcc-proto-name", Kind::Warning, true},
    {Flag::ProtoRename, "bpfcc-proto-rename", Kind::Warning, false},
    {Flag::ProtoSign, "bpfcc-proto-sign", Kind::Warning, true},
    {Flag::ProtoWiden, "bpfcc-proto-widen", Kind::Warning, false},
    {Flag::ProtoMissing, "bpfcc-proto-missing", Kind::Warning, true},
    {Flag::ProtoMissingHost, "bpfcc-proto-missing-host", Kind::Warning, false},
    {Flag::ProtoMissingOptional, "bpfcc-proto-missing", Kind::Remark, false},
    {Flag::ProtoSkipped, "bpfcc-proto-skipped", Kind::Warning, true},
    {Flag::SyscallRemark, "bpfcc-syscall", Kind::Remark, false},
    {Flag::SyscallAttach, "bpfcc-syscall-attach", Kind::Warning, true},
    {Flag::SyscallQuirk, "bpfcc-syscall-quirk", Kind::Warning, true},
    {Flag::SyscallArgs, "bpfcc-syscall-args", Kind::Warning, true},
    {Flag::SparsePtRegs, "bpfcc-sparse-pt-regs", Kind::Warning, true},
    // docs/tracing-prototypes.md
    {Flag::HostKernel, "bpfcc-host-kernel", Kind::Warning, true},
    // docs/auto-core.md
    {Flag::AutoCoreRemark, "bpfcc-auto-core", Kind::Remark, false},
};

const FlagInfo &info(Flag F) {
  for (const FlagInfo &I : kFlags)
    if (I.F == F)
      return I;
  llvm_unreachable("flag missing from kFlags");
}
} // namespace

Diagnostics::Diagnostics(DiagnosticsEngine &DE) : DE(DE) {
  for (const FlagInfo &I : kFlags)
    States[static_cast<unsigned>(I.F)].On = I.DefaultOn;
}

bool Diagnostics::configure(const std::vector<std::string> &Flags,
                            std::string &Error) {
  for (const std::string &Arg : Flags) {
    StringRef S(Arg);
    Kind K = S.front() == 'W' ? Kind::Warning : Kind::Remark;
    S = S.drop_front();
    bool On = true, SetError = false, ClearError = false;
    if (K == Kind::Warning && S.consume_front("error="))
      SetError = true;
    else if (K == Kind::Warning && S.consume_front("no-error="))
      ClearError = true;
    else if (S.consume_front("no-"))
      On = false;

    // "bpfcc" alone: every bpfcc warning (remarks are asked for one by one).
    bool All = K == Kind::Warning && S == "bpfcc";
    bool Known = false;
    for (const FlagInfo &I : kFlags) {
      if (I.K != K || (!All && S != I.Name))
        continue;
      Known = true;
      State &St = States[static_cast<unsigned>(I.F)];
      if (SetError) {
        // As in clang, -Werror=foo also enables foo.
        St.On = St.Error = true;
      } else if (ClearError) {
        St.Error = false;
      } else {
        St.On = On;
      }
    }
    if (!Known) {
      Error = std::string("unknown bpfcc ") +
              (K == Kind::Warning ? "warning" : "remark") + " option '-" +
              Arg + "'";
      return false;
    }
  }
  return true;
}

bool Diagnostics::enabled(Flag F) const {
  const FlagInfo &I = info(F);
  if (!States[static_cast<unsigned>(F)].On)
    return false;
  // -w silences every warning, ours included; remarks are unaffected.
  if (I.K == Kind::Warning && DE.getIgnoreAllWarnings())
    return false;
  return true;
}

unsigned Diagnostics::id(DiagnosticIDs::Level L, const std::string &Format) {
  // Custom IDs are uniqued by (level, text) inside clang.
  return DE.getDiagnosticIDs()->getCustomDiagID(L, Format);
}

DiagnosticBuilder Diagnostics::report(Flag F, SourceLocation Loc,
                                      StringRef Format) {
  assert(enabled(F) && "report() of a disabled diagnostic");
  const FlagInfo &I = info(F);
  const State &St = States[static_cast<unsigned>(F)];
  if (I.K == Kind::Remark)
    return DE.Report(Loc, id(DiagnosticIDs::Remark,
                             (Format.str() + " [-R" + I.Name + "]")));
  // Not DE.getWarningsAsErrors(): see Diagnostics.h.
  bool AsError = St.Error;
  if (AsError)
    return DE.Report(Loc, id(DiagnosticIDs::Error,
                             (Format.str() + " [-Werror,-W" + I.Name + "]")));
  return DE.Report(Loc, id(DiagnosticIDs::Warning,
                           (Format.str() + " [-W" + I.Name + "]")));
}

DiagnosticBuilder Diagnostics::error(SourceLocation Loc, StringRef Format) {
  return DE.Report(Loc, id(DiagnosticIDs::Error, Format.str()));
}

DiagnosticBuilder Diagnostics::finding(bool Named, SourceLocation Loc,
                                       StringRef Format) {
  if (Named)
    return error(Loc, Format);
  if (enabled(Flag::HostKernel))
    return report(Flag::HostKernel, Loc, Format);
  return DE.Report(Loc, id(DiagnosticIDs::Ignored, Format.str()));
}

DiagnosticBuilder Diagnostics::note(SourceLocation Loc, StringRef Format) {
  return DE.Report(Loc, id(DiagnosticIDs::Note, Format.str()));
}

void Diagnostics::fatal(StringRef Message) {
  DE.Report(id(DiagnosticIDs::Error, "bpfcc: %0")) << Message;
}

} // namespace bpfcc
