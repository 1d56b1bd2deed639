//===- BpfccCheck.cpp - bpfcc's compile-time checks over a compilation db -===//
//
// bpfcc-check [-p BUILD_DIR] [FILE...]
//
// Runs bpfcc's checks (the plugin's: prototypes, context contradictions,
// syscall rules, availability, arg:ctx) on the BPF compiles of a compilation
// database, without producing objects, and prints clang's diagnostics
// (file:line:col: error: message [-Wbpfcc-...]), like clang-tidy. Exit status
// 1 if any compile has an error, 2 on a usage or database problem.
//
// There is one implementation of each check and of bpfcc's command line:
//  - the command line of each BPF compile is turned into clang's by the
//    bpfcc driver itself (`bpfcc --bpfcc-verbose -### ARGS` prints the clang
//    command it would run, -fplugin=... and -fplugin-arg-bpfcc-... included);
//  - the checks are the bpfcc plugin's: its shared object is loaded into this
//    process, whose clang (libclang-cpp) runs a syntax-only action per file;
//    clang adds the plugin's AST consumer (an AddBeforeMainAction plugin) to
//    every action, so the same code as in `bpfcc -c` reports the same
//    diagnostics.
//
// Which entries are BPF compiles: those whose compiler (after ccache/distcc
// wrappers) is bpfcc, and clang commands that load bpfcc-plugin.so (what
// bear records for `make CLANG=bpfcc`: the clang bpfcc ran, already
// translated). Others (the user-space part of a project) are skipped.
//===----------------------------------------------------------------------===//

#include "clang/Driver/Driver.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/DynamicLibrary.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/StringSaver.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace clang;
using namespace clang::tooling;
namespace cl = llvm::cl;

static cl::OptionCategory Category("bpfcc-check options");
static cl::opt<std::string> BuildPath(
    "p", cl::desc("build directory with compile_commands.json and/or "
                  "bpfcc_compile_commands.json (default: .)"),
    cl::value_desc("dir"), cl::cat(Category));
static cl::list<std::string> Files(cl::Positional, cl::desc("[file...]"),
                                   cl::cat(Category));
static cl::opt<std::string> BpfccPath(
    "bpfcc", cl::desc("bpfcc driver that translates the commands "
                      "(default: the database's, else bpfcc beside bpfcc-check)"),
    cl::value_desc("path"), cl::cat(Category));
static cl::list<std::string> ExtraArgs(
    "extra-arg", cl::desc("argument appended to each bpfcc command (e.g. "
                          "--extra-arg=-Werror=bpfcc-arg-ctx)"),
    cl::cat(Category));
static cl::opt<bool> Quiet("quiet", cl::desc("no summary line"),
                           cl::cat(Category));

static std::string Self;

static void error(const llvm::Twine &Msg) {
  llvm::errs() << "bpfcc-check: error: " << Msg << "\n";
}

// The compiler of a command, after launchers (ccache, distcc, env VAR=x).
static size_t compilerIndex(const std::vector<std::string> &Argv) {
  size_t I = 0;
  while (I < Argv.size()) {
    llvm::StringRef Base = llvm::sys::path::filename(Argv[I]);
    if (Base == "ccache" || Base == "distcc" || Base == "sccache") {
      ++I;
    } else if (Base == "env") {
      ++I;
      while (I < Argv.size() && llvm::StringRef(Argv[I]).contains('='))
        ++I;
    } else {
      break;
    }
  }
  return I;
}

static bool isBpfcc(llvm::StringRef Compiler) {
  return llvm::sys::path::filename(Compiler) == "bpfcc";
}

// A clang command that bpfcc already translated (bear, for one, records the
// clang that bpfcc runs rather than bpfcc): it loads the bpfcc plugin.
static bool loadsBpfccPlugin(const std::vector<std::string> &Argv, size_t First) {
  for (size_t I = First; I < Argv.size(); ++I) {
    llvm::StringRef S(Argv[I]);
    if (S.consume_front("-fplugin=") &&
        llvm::sys::path::filename(S) == "bpfcc-plugin.so")
      return true;
  }
  return false;
}

// The driver's translation: `bpfcc --bpfcc-verbose -### ARGS` prints the
// clang command it runs as its first line on stderr, shell-quoted.
static bool translate(const std::string &Bpfcc, const CompileCommand &Cmd,
                      size_t First, std::vector<std::string> &Out) {
  llvm::SmallString<128> ErrFile;
  if (llvm::sys::fs::createTemporaryFile("bpfcc-check", "txt", ErrFile)) {
    error("cannot create a temporary file");
    return false;
  }
  std::vector<llvm::StringRef> Argv;
  Argv.push_back(Bpfcc);
  Argv.push_back("--bpfcc-verbose");
  Argv.push_back("-###");
  for (size_t I = First + 1; I < Cmd.CommandLine.size(); ++I)
    Argv.push_back(Cmd.CommandLine[I]);
  for (const auto &A : ExtraArgs)
    Argv.push_back(A);
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt,
                                                llvm::StringRef(ErrFile),
                                                llvm::StringRef(ErrFile)};
  // bpfcc resolves relative inputs against its working directory.
  llvm::SmallString<256> OldCwd;
  llvm::sys::fs::current_path(OldCwd);
  if (llvm::sys::fs::set_current_path(Cmd.Directory)) {
    error("cannot enter directory '" + Cmd.Directory + "' of " + Cmd.Filename);
    return false;
  }
  std::string ErrMsg;
  int Status =
      llvm::sys::ExecuteAndWait(Bpfcc, Argv, std::nullopt, Redirects, 0, 0,
                                &ErrMsg);
  (void)llvm::sys::fs::set_current_path(OldCwd);
  auto Buf = llvm::MemoryBuffer::getFile(ErrFile);
  llvm::sys::fs::remove(ErrFile);
  if (Status < 0 || !Buf) {
    error("cannot run '" + Bpfcc + "': " + ErrMsg);
    return false;
  }
  llvm::StringRef Text = (*Buf)->getBuffer();
  llvm::StringRef Line = Text.split('\n').first;
  if (Status != 0 || Line.empty() || Line.starts_with("bpfcc:")) {
    // bpfcc rejected the command line: show why.
    llvm::errs() << Text;
    error("bpfcc did not accept the command for " + Cmd.Filename);
    return false;
  }
  llvm::BumpPtrAllocator Alloc;
  llvm::StringSaver Saver(Alloc);
  llvm::SmallVector<const char *, 64> Toks;
  cl::TokenizeGNUCommandLine(Line, Saver, Toks);
  Out.clear();
  for (const char *T : Toks)
    if (T && llvm::StringRef(T) != "-###")
      Out.push_back(T);
  return !Out.empty();
}

namespace {
// The translated BPF compiles, by file.
class TranslatedDatabase : public CompilationDatabase {
public:
  std::map<std::string, std::vector<CompileCommand>> ByFile;
  std::vector<std::string> Order;

  std::vector<CompileCommand>
  getCompileCommands(llvm::StringRef File) const override {
    auto It = ByFile.find(std::string(File));
    return It == ByFile.end() ? std::vector<CompileCommand>() : It->second;
  }
  std::vector<std::string> getAllFiles() const override { return Order; }
};

// Counts diagnostics while printing them like clang.
class CountingConsumer : public TextDiagnosticPrinter {
public:
  unsigned Errors = 0, Warnings = 0;
  CountingConsumer(DiagnosticOptions *Opts)
      : TextDiagnosticPrinter(llvm::errs(), Opts) {}
  void HandleDiagnostic(DiagnosticsEngine::Level L,
                        const Diagnostic &Info) override {
    if (L == DiagnosticsEngine::Error || L == DiagnosticsEngine::Fatal)
      ++Errors;
    else if (L == DiagnosticsEngine::Warning)
      ++Warnings;
    TextDiagnosticPrinter::HandleDiagnostic(L, Info);
  }
};
} // namespace

static std::string absolutePath(llvm::StringRef Dir, llvm::StringRef File) {
  llvm::SmallString<256> P(File);
  if (!llvm::sys::path::is_absolute(P)) {
    P = Dir;
    llvm::sys::path::append(P, File);
  }
  llvm::sys::path::remove_dots(P, true);
  return std::string(P);
}

int main(int argc, const char **argv) {
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter([](llvm::raw_ostream &OS) {
    OS << "bpfcc-check version " BPFCC_VERSION "\n";
  });
  cl::ParseCommandLineOptions(
      argc, argv,
      "bpfcc-check: run bpfcc's compile-time checks over a compilation "
      "database\n\n"
      "Reads <dir>/compile_commands.json (CMake, bear) and "
      "<dir>/bpfcc_compile_commands.json\n"
      "(find_package(bpfcc)), checks each BPF compile (compiler: bpfcc) "
      "without writing\nobjects, prints diagnostics like clang. Exit status: "
      "0 no errors, 1 errors, 2 usage.\n");
  Self = llvm::sys::fs::getMainExecutable(argv[0], (void *)&main);
  std::string Dir = BuildPath.empty() ? std::string(".") : BuildPath;

  // The databases.
  std::vector<CompileCommand> All;
  unsigned Found = 0;
  for (const char *Name : {"compile_commands.json", "bpfcc_compile_commands.json"}) {
    llvm::SmallString<256> Path(Dir);
    llvm::sys::path::append(Path, Name);
    if (!llvm::sys::fs::exists(Path))
      continue;
    std::string Err;
    auto Db = JSONCompilationDatabase::loadFromFile(
        Path, Err, JSONCommandLineSyntax::AutoDetect);
    if (!Db) {
      error("cannot read " + Path + ": " + Err);
      return 2;
    }
    ++Found;
    for (auto &C : Db->getAllCompileCommands())
      All.push_back(C);
  }
  if (!Found) {
    error("no compile_commands.json or bpfcc_compile_commands.json in '" +
          Dir + "' (CMake: -DCMAKE_EXPORT_COMPILE_COMMANDS=ON; make: bear -- make)");
    return 2;
  }

  std::set<std::string> Wanted;
  for (const auto &F : Files) {
    llvm::SmallString<256> Cwd;
    llvm::sys::fs::current_path(Cwd);
    Wanted.insert(absolutePath(Cwd, F));
  }

  // Files compiled by bpfcc: for those, a recorded clang command with the
  // plugin is bpfcc's own inner command, not a second compile.
  std::set<std::string> ByDriver;
  for (const auto &C : All) {
    size_t I = compilerIndex(C.CommandLine);
    if (I < C.CommandLine.size() && isBpfcc(C.CommandLine[I]))
      ByDriver.insert(absolutePath(C.Directory, C.Filename));
  }

  // Translate each BPF compile with the driver.
  TranslatedDatabase Db;
  std::set<std::string> Plugins;
  std::set<std::string> Seen;
  unsigned Skipped = 0, Bad = 0;
  for (const auto &C : All) {
    size_t I = compilerIndex(C.CommandLine);
    std::string File = absolutePath(C.Directory, C.Filename);
    bool Driver = I < C.CommandLine.size() && isBpfcc(C.CommandLine[I]);
    bool Inner = !Driver && I < C.CommandLine.size() &&
                 loadsBpfccPlugin(C.CommandLine, I);
    if (Inner && ByDriver.count(File))
      continue;
    if (!Driver && !Inner) {
      ++Skipped;
      continue;
    }
    if (!Wanted.empty() && !Wanted.count(File))
      continue;
    if (!Seen.insert(File + "\n" + llvm::join(C.CommandLine, " ")).second)
      continue;
    std::string Bpfcc = BpfccPath;
    if (Bpfcc.empty() && Driver) {
      Bpfcc = C.CommandLine[I];
      if (!llvm::sys::path::is_absolute(Bpfcc)) {
        if (Bpfcc.find('/') != std::string::npos)
          Bpfcc = absolutePath(C.Directory, Bpfcc);
        else if (auto P = llvm::sys::findProgramByName(Bpfcc))
          Bpfcc = *P;
      }
      if (!llvm::sys::fs::can_execute(Bpfcc)) {
        llvm::SmallString<256> Sib(llvm::sys::path::parent_path(Self));
        llvm::sys::path::append(Sib, "bpfcc");
        Bpfcc = std::string(Sib);
      }
    }
    std::vector<std::string> Args;
    if (Inner) {
      Args.assign(C.CommandLine.begin() + I, C.CommandLine.end());
    } else if (!translate(Bpfcc, C, I, Args)) {
      ++Bad;
      continue;
    }
    // Load the plugin the driver names, once, into this process.
    for (const auto &A : Args) {
      llvm::StringRef S(A);
      if (S.consume_front("-fplugin=") && Plugins.insert(S.str()).second) {
        std::string Err;
        if (llvm::sys::DynamicLibrary::LoadLibraryPermanently(S.str().c_str(),
                                                              &Err)) {
          error("cannot load the bpfcc plugin '" + S + "': " + Err);
          return 2;
        }
      }
    }
    // clang's headers: those of the clang bpfcc drives.
    Args.insert(Args.begin() + 1,
                "-resource-dir=" + driver::Driver::GetResourcesPath(Args[0]));
    CompileCommand T = C;
    T.Filename = File;
    T.CommandLine = Args;
    if (!Db.ByFile.count(File))
      Db.Order.push_back(File);
    Db.ByFile[File].push_back(T);
  }
  for (const auto &W : Wanted)
    if (!Db.ByFile.count(W) && !Bad) {
      error("no BPF compile for '" + W + "' in the compilation database");
      return 2;
    }

  int Status = 0;
  CountingConsumer *Diags = nullptr;
  IntrusiveRefCntPtr<DiagnosticOptions> DiagOpts(new DiagnosticOptions());
  DiagOpts->ShowColors = false;
  CountingConsumer Consumer(DiagOpts.get());
  Diags = &Consumer;
  if (!Db.Order.empty()) {
    ClangTool Tool(Db, Db.Order);
    Tool.clearArgumentsAdjusters();
    Tool.appendArgumentsAdjuster(getClangStripOutputAdjuster());
    Tool.appendArgumentsAdjuster(getClangStripDependencyFileAdjuster());
    Tool.appendArgumentsAdjuster(getClangSyntaxOnlyAdjuster());
    Tool.setDiagnosticConsumer(&Consumer);
    Status = Tool.run(newFrontendActionFactory<SyntaxOnlyAction>().get());
  }
  if (!Quiet)
    llvm::errs() << "bpfcc-check: " << Db.Order.size() << " file"
                 << (Db.Order.size() == 1 ? "" : "s") << " checked, "
                 << Diags->Errors << " error" << (Diags->Errors == 1 ? "" : "s")
                 << ", " << Diags->Warnings << " warning"
                 << (Diags->Warnings == 1 ? "" : "s") << ", " << Skipped
                 << " non-BPF command" << (Skipped == 1 ? "" : "s")
                 << " skipped\n";
  if (Bad)
    return 1;
  return (Status || Diags->Errors) ? 1 : 0;
}
