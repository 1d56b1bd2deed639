//===- SyscallFold.cpp - fold LINUX_HAS_SYSCALL_WRAPPER -------------------===//
//
// libbpf's BPF_KSYSCALL declares
//   extern _Bool LINUX_HAS_SYSCALL_WRAPPER __kconfig;
// and picks where the syscall arguments are at load time. The loader must
// know libbpf's virtual kconfig externs to fill it in. For a known
// --target-kernel and architecture the value is fixed for every kernel the
// object may load on (Syscall.cpp, syscallWrapperSince), so this pass
// replaces the loads with that constant and deletes the extern: no .kconfig
// DATASEC, no extern symbol, and the optimizer drops the other branch.
//
// Runs at PipelineStartEP, before any optimization: the extern is then only
// read by plain loads.
//
//===----------------------------------------------------------------------===//

#include "PluginState.h"
#include "Syscall.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace bpfcc {

PreservedAnalyses SyscallWrapperFoldPass::run(Module &M,
                                              ModuleAnalysisManager &) {
  GlobalVariable *GV = M.getGlobalVariable("LINUX_HAS_SYSCALL_WRAPPER");
  if (!GV || !GV->isDeclaration() || GV->getSection() != ".kconfig")
    return PreservedAnalyses::all();
  const SyscallPlan &P = S.Syscall;
  if (!P.FoldReason.empty() && S.Diags.enabled(Flag::SyscallRemark))
    S.Diags.report(Flag::SyscallRemark, clang::SourceLocation(), "%0")
        << P.FoldReason;
  if (!P.FoldWrapper)
    return PreservedAnalyses::all();

  SmallVector<LoadInst *, 4> Loads;
  for (User *U : GV->users()) {
    auto *LI = dyn_cast<LoadInst>(U);
    // Anything but a plain load (its address escapes): keep the extern, the
    // loader fills it in as it would have without bpfcc.
    if (!LI || LI->isVolatile() || !LI->getType()->isIntegerTy())
      return PreservedAnalyses::all();
    Loads.push_back(LI);
  }
  for (LoadInst *LI : Loads) {
    LI->replaceAllUsesWith(ConstantInt::get(LI->getType(), *P.FoldWrapper));
    LI->eraseFromParent();
  }
  // Its debug info goes with it: BTF's VAR and .kconfig DATASEC are built
  // from the module's globals.
  GV->eraseFromParent();
  return PreservedAnalyses::none();
}

} // namespace bpfcc
