//===- Plugin.cpp - bpfcc clang plugin: registration ----------------------===//
//
// The one place where bpfcc hooks into clang:
//  - BpfccAction parses -fplugin-arg-bpfcc-* into Options and runs before
//    clang's own action (AddBeforeMainAction), so our consumer sees each
//    top-level declaration, and the end of the translation unit, before
//    CodeGen does;
//  - BpfccConsumer dispatches to the features (one file each);
//  - IR passes are registered through CodeGenOptions::PassBuilderCallbacks,
//    in-process: no -fpass-plugin needed.
// A feature that finds nothing to do changes nothing: the object is then
// byte-identical to clang-19's.
//
//===----------------------------------------------------------------------===//

#include "ArgAvailability.h"
#include "ArgCtx.h"
#include "AutoCore.h"
#include "Availability.h"
#include "CtxStructs.h"
#include "PluginState.h"
#include "ProtoCheck.h"
#include "Syscall.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclGroup.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendOptions.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Sema/SemaConsumer.h"
#include "llvm/Passes/PassBuilder.h"

using namespace clang;
using namespace llvm;

namespace bpfcc {
namespace {

// A SemaConsumer so that it can give Sema an external source: named
// context structs are defined when their name lookup fails (CtxStructs.h).
class BpfccConsumer : public SemaConsumer {
public:
  explicit BpfccConsumer(std::shared_ptr<PluginState> S) : S(std::move(S)) {}

  void InitializeSema(Sema &Sem) override {
    this->Sem = &Sem;
    installCtxStructs(*S, Sem);
  }

  // Program definitions: CodeGen emits each one as soon as this returns, so
  // auto CO-RE rewrites them now (it allocates nothing when there is no
  // rewrite to make).
  bool HandleTopLevelDecl(DeclGroupRef DG) override {
    if (Sem)
      for (Decl *D : DG)
        if (auto *FD = dyn_cast<FunctionDecl>(D))
          autoCoreTopLevel(*S, *Sem, FD);
    return true;
  }

  // Runs before CodeGen's HandleTranslationUnit, i.e. before the backend:
  // whole-TU conclusions recorded here reach the IR passes in time.
  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    // bpfcc --bpfcc-gen-ctx: clang -fsyntax-only on an empty input.
    if (S->Opts.GenCtx) {
      printCtxHeader(*S, llvm::outs());
      return;
    }
    // Collected here rather than in HandleTopLevelDecl: allocating while
    // CodeGen builds debug metadata shifts heap addresses, and clang's BTF
    // writer orders some types by address, so the object would differ from
    // clang's own.
    for (Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (auto *FD = dyn_cast<FunctionDecl>(D))
        S->Sections.add(FD);
    analyzeArgCtx(*S, Ctx);
    analyzeSyscalls(*S, Ctx);
    checkAvailability(*S, Ctx);
    checkArgAvailability(*S, Ctx);
    // Static functions are emitted by CodeGen after this: rewrite them now.
    if (Sem)
      autoCoreTranslationUnit(*S, *Sem, Ctx);
    checkTracingPrototypes(*S, Ctx);
  }

private:
  std::shared_ptr<PluginState> S;
  Sema *Sem = nullptr;
};

/// Whether the frontend action runs code generation, and so the IR passes.
bool generatesIR(frontend::ActionKind K) {
  switch (K) {
  case frontend::EmitAssembly:
  case frontend::EmitBC:
  case frontend::EmitLLVM:
  case frontend::EmitLLVMOnly:
  case frontend::EmitCodeGenOnly:
  case frontend::EmitObj:
    return true;
  default:
    return false;
  }
}

class BpfccAction : public PluginASTAction {
protected:
  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    std::string Error;
    if (!Opts.parse(Args, Error) ||
        !Diagnostics(CI.getDiagnostics()).configure(Opts.DiagFlags, Error)) {
      // clang silently drops a plugin whose ParseArgs fails; make it an
      // error so the compile fails.
      Diagnostics(CI.getDiagnostics()).fatal(Error);
      return false;
    }
    return true;
  }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 StringRef) override {
    auto S = std::make_shared<PluginState>(Opts, CI.getDiagnostics());
    std::string Unused;
    S->Diags.configure(S->Opts.DiagFlags, Unused); // validated in ParseArgs
    // The target arch is read from its macros at the end of the TU.
    S->Syscall.PP = &CI.getPreprocessor();
    installAutoCore(S, CI);
    // Without code generation no IR pass runs: report from the AST.
    S->HelperErrors.ReportFromAST =
        !generatesIR(CI.getFrontendOpts().ProgramAction);

    // IR passes. PipelineStartEP runs at every -O level (also -O0), before
    // any optimization and before the BPF backend.
    CI.getCodeGenOpts().PassBuilderCallbacks.push_back([S](PassBuilder &PB) {
      PB.registerPipelineStartEPCallback(
          [S](ModulePassManager &MPM, OptimizationLevel) {
            MPM.addPass(ArgCtxPass(*S));
            MPM.addPass(SyscallWrapperFoldPass(*S));
          });
      // After every inlining decision: which global functions are still
      // called (also at -O0).
      PB.registerOptimizerLastEPCallback(
          [S](ModulePassManager &MPM, OptimizationLevel) {
            MPM.addPass(GlobalArgsPass(*S));
            MPM.addPass(HelperCallsPass(*S));
          });
    });
    return std::make_unique<BpfccConsumer>(S);
  }

  ActionType getActionType() override { return AddBeforeMainAction; }

private:
  Options Opts;
};

} // namespace
} // namespace bpfcc

static FrontendPluginRegistry::Add<bpfcc::BpfccAction>
    X("bpfcc", "bpfcc: checks and rewrites for BPF programs");
