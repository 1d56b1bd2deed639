//===- ArgAvailability.h - arguments the target's verifier cannot take ----===//
//
// Two kinds of function arguments older verifiers refuse, whatever the code
// does with them; with a target kernel older than the release that added
// them, each is a compile-time error (off with no-availability):
//
//  - a pointer parameter of a global subprogram that is not the calling
//    program's context: kernels before 5.12 (commit "bpf: Support pointers
//    in global func args") accept only scalars and the context there
//    ("Arg#0 type PTR in f() is not supported yet"). Whether a global
//    function is a subprogram of a program is decided by the optimizer (a
//    call may be inlined), so the AST records the candidates and an IR pass
//    at the end of the optimization pipeline reports the ones still called.
//  - a struct passed by value to a fentry/fexit/fmod_ret/lsm hook: kernels
//    before 6.1 (commit "bpf: Allow struct argument in trampoline based
//    programs") refuse the attach target at load ("arg1 type STRUCT is
//    unsupported"), whether or not the program reads that argument.
//
// docs/target-kernel.md documents both and their messages.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_ARGAVAILABILITY_H
#define BPFCC_PLUGIN_ARGAVAILABILITY_H

#include "Options.h"
#include "SectionMap.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/IR/PassManager.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
} // namespace clang

namespace bpfcc {

struct PluginState;

/// What the AST knows about global functions' pointer parameters, for the
/// IR pass to judge against the programs that really call them. Names and
/// locations only: clang frees the AST before the optimizer runs (at -O1
/// and above, -clear-ast-before-backend).
struct GlobalArgPlan {
  struct Param {
    std::string Name;
    clang::SourceLocation Loc;
    /// The pointee's struct name when it is a complete struct, else "".
    std::string PointeeStruct;
    bool Ctx; ///< bpfcc tags it arg:ctx (ArgCtx.h).
  };
  struct Func {
    clang::SourceLocation Loc;
    /// Where to insert "static ", invalid when it cannot simply be added
    /// (an earlier declaration, a macro).
    clang::SourceLocation StaticLoc;
    std::vector<Param> Pointers;
    bool HasCtxParams = false;
  };
  struct Program {
    clang::SourceLocation Loc;
    ProgramKind Kind;
  };
  /// Only set when the target is older than 5.12 and the check is on.
  llvm::StringMap<Func> Globals;
  /// Programs by symbol.
  llvm::StringMap<Program> Programs;
  /// The driver lowers arg:ctx (--target-kernel < 6.8, not turned off).
  bool Lowered = false;
  std::string Target; ///< "the target kernel is 5.10"

  bool empty() const { return Globals.empty(); }
};

/// AST half of both checks: reports struct-by-value hooks, fills S's
/// GlobalArgPlan. After analyzeArgCtx (it reads the arg:ctx decisions).
void checkArgAvailability(PluginState &S, clang::ASTContext &Ctx);

/// Reports pointer parameters of global functions that programs still call
/// after optimization. Register at the end of the optimization pipeline.
class GlobalArgsPass : public llvm::PassInfoMixin<GlobalArgsPass> {
public:
  explicit GlobalArgsPass(PluginState &S) : S(S) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }

private:
  PluginState &S;
};

} // namespace bpfcc

#endif
