//===- PluginState.h - what one compile's features share ------------------===//
//
// One PluginState per translation unit. The AST consumer fills it; IR
// passes registered through CodeGenOptions::PassBuilderCallbacks read it
// (they run later, in the backend, on the same thread).
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_PLUGINSTATE_H
#define BPFCC_PLUGIN_PLUGINSTATE_H

#include "ArgAvailability.h"
#include "ArgCtx.h"
#include "AutoCore.h"
#include "Diagnostics.h"
#include "HelperProgTypes.h"
#include "KernelBTF.h"
#include "Options.h"
#include "SectionMap.h"
#include "Syscall.h"

namespace bpfcc {

struct PluginState {
  PluginState(Options O, clang::DiagnosticsEngine &DE)
      : Opts(std::move(O)), Diags(DE), Kernel(Opts.TargetBTF) {}

  Options Opts;
  Diagnostics Diags;
  SectionMap Sections;
  KernelBTF Kernel;
  /// arg:ctx decisions made on the AST, applied to the IR (ArgCtx.h).
  ArgCtxPlan ArgCtx;
  /// Syscall-argument decisions (Syscall.h).
  SyscallPlan Syscall;
  /// Auto CO-RE opt-outs (AutoCore.h).
  AutoCoreState AutoCore;
  /// Global functions' pointer parameters to judge in the IR
  /// (ArgAvailability.h).
  GlobalArgPlan GlobalArgs;
  /// Helper-per-program-type errors to confirm in the IR
  /// (HelperProgTypes.h).
  HelperErrorPlan HelperErrors;
};

} // namespace bpfcc

#endif
