//===- HelperProgTypes.cpp - helpers a program's type may not call --------===//

#include "HelperProgTypes.h"
#include "IRReach.h"
#include "PluginState.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <cstdint>

using namespace clang;
using namespace llvm;

namespace bpfcc {
namespace {

/// A kernel whose verifier bpfcc-helperprobe asked.
struct ProbedKernel {
  KernelVersion Version;
  const char *Release;
  unsigned Helpers; ///< helper ids it has (__BPF_FUNC_MAX_ID)
};

/// What one program variant may call on one probed kernel.
struct ProbedVariant {
  unsigned Kernel; ///< index into kKernels
  unsigned Type;
  unsigned Attach;
  bool Sleepable;
  const char *Target; ///< the attach target probed ("bpf_iter_task"), or "-"
  uint64_t Allowed[4];
  /// Refused here, allowed by the previous probed kernel, and still allowed
  /// to other variants: the type lost it upstream, in an unknown release
  /// after that kernel (gen-helper-prog-types.py).
  uint64_t Removed[4];

  bool allows(unsigned Helper) const { return test(Allowed, Helper); }
  bool removed(unsigned Helper) const { return test(Removed, Helper); }

private:
  static bool test(const uint64_t (&Bits)[4], unsigned Helper) {
    return Helper < 256 && (Bits[Helper / 64] >> (Helper % 64)) & 1;
  }
};

const ProbedKernel kKernels[] = {
#define BPFCC_PROBED_KERNEL(MA, MI, REL, DATE, HOW, PROBER, N)                 \
  {{MA, MI}, REL, N},
#define BPFCC_PROBED_VARIANT(K, T, A, S, SEC, TGT, W0, W1, W2, W3, R0, R1, R2, \
                             R3)
#include "HelperProgTypes.inc"
#undef BPFCC_PROBED_KERNEL
#undef BPFCC_PROBED_VARIANT
};

const ProbedVariant kVariants[] = {
#define BPFCC_PROBED_KERNEL(MA, MI, REL, DATE, HOW, PROBER, N)
#define BPFCC_PROBED_VARIANT(K, T, A, S, SEC, TGT, W0, W1, W2, W3, R0, R1, R2, \
                             R3)                                               \
  {K, T, A, S != 0, TGT, {W0, W1, W2, W3}, {R0, R1, R2, R3}},
#include "HelperProgTypes.inc"
#undef BPFCC_PROBED_KERNEL
#undef BPFCC_PROBED_VARIANT
};

constexpr unsigned kNumKernels = sizeof(kKernels) / sizeof(kKernels[0]);

/// Release of each helper, program, attach and map type (KernelVersions.inc),
/// to tell a target BTF's kernel version from its enums.
struct Since {
  unsigned Value;
  KernelVersion V;
};
const Since kHelperSince[] = {
#define BPFCC_HELPER(V, N, MA, MI) {V, {MA, MI}},
#include "KernelVersions.inc"
};
const Since kProgTypeSince[] = {
#define BPFCC_PROG_TYPE(V, N, MA, MI) {V, {MA, MI}},
#include "KernelVersions.inc"
};
const Since kAttachTypeSince[] = {
#define BPFCC_ATTACH_TYPE(V, N, MA, MI) {V, {MA, MI}},
#include "KernelVersions.inc"
};
const Since kMapTypeSince[] = {
#define BPFCC_MAP_TYPE(V, N, MA, MI) {V, {MA, MI}},
#include "KernelVersions.inc"
};

/// The release before V (6.0 -> 5.19): the newest a kernel that lacks
/// something V introduced can be.
KernelVersion previousRelease(KernelVersion V) {
  if (V.Minor > 0)
    return {V.Major, V.Minor - 1};
  unsigned LastMinor = V.Major == 5 ? 20 : 19; // 3.19, 4.20, 5.19
  return {V.Major - 1, LastMinor};
}

/// The newest release a kernel with BTF B can be: the one before the
/// oldest enumerator of bpf_func_id, bpf_prog_type, bpf_attach_type or
/// bpf_map_type it lacks. nullopt when it lacks none the table knows (it
/// may be newer than every probed kernel). Helpers gets the bpf_func_id
/// values. One pass over the types, names compared for enums only.
std::optional<KernelVersion> newestPossible(const RawBTF &B,
                                            DenseSet<unsigned> &Helpers) {
  struct EnumRows {
    StringRef Name;
    ArrayRef<Since> Rows;
    std::optional<DenseSet<unsigned>> Values;
  } Enums[] = {{"bpf_func_id", kHelperSince, {}},
               {"bpf_prog_type", kProgTypeSince, {}},
               {"bpf_attach_type", kAttachTypeSince, {}},
               {"bpf_map_type", kMapTypeSince, {}}};
  for (unsigned Id = 1, N = B.typeCount(); Id < N; ++Id) {
    const struct btf_type *T = B.type(Id);
    if (btf_kind(T) != BTF_KIND_ENUM)
      continue;
    StringRef Name = B.name(T->name_off);
    for (EnumRows &E : Enums) {
      if (E.Name != Name || E.Values)
        continue;
      E.Values.emplace();
      const struct btf_enum *V = btf_enum(T);
      for (unsigned I = 0, VN = btf_vlen(T); I < VN; ++I)
        if (!B.name(V[I].name_off).starts_with("__"))
          E.Values->insert(V[I].val);
    }
  }
  std::optional<KernelVersion> Lacking;
  for (EnumRows &E : Enums) {
    if (!E.Values)
      continue;
    for (const Since &R : E.Rows)
      if (!E.Values->contains(R.Value) && (!Lacking || R.V < *Lacking))
        Lacking = R.V;
  }
  if (Enums[0].Values)
    Helpers = std::move(*Enums[0].Values);
  if (!Lacking)
    return std::nullopt;
  return previousRelease(*Lacking);
}

/// The probed kernel that judges a target of version V: the nearest at or
/// above it (the oldest below them all), none above them all.
std::optional<unsigned> judgingKernel(KernelVersion V) {
  for (unsigned I = 0; I < kNumKernels; ++I)
    if (!(kKernels[I].Version < V))
      return I;
  return std::nullopt;
}

/// libbpf's sleepable sections ("lsm.s/", "uprobe.s", "syscall"): the part
/// before '/' ends in ".s". driver/tools/helperprobe uses the same rule.
bool isSleepable(const ProgramKind &K) {
  if (K.Type == BPF_PROG_TYPE_SYSCALL)
    return true;
  StringRef Prefix = StringRef(K.Section).split('/').first;
  return Prefix.size() > 2 && Prefix.ends_with(".s");
}

const ProbedVariant *findVariant(unsigned Kernel, const ProgramKind &K,
                                 bool Sleepable) {
  for (const ProbedVariant &V : kVariants)
    if (V.Kernel == Kernel && V.Type == unsigned(K.Type) &&
        V.Attach == unsigned(K.Attach) && V.Sleepable == Sleepable)
      return &V;
  return nullptr;
}

/// "program type cgroup_sock_addr with attach type cgroup_inet4_bind": the
/// attach type and sleepability are named when they are why the kernel
/// refuses Helper (another variant of the type may call it there).
std::string describeVariant(const ProbedVariant &Row, const ProgramKind &K,
                            unsigned Helper) {
  bool ByAttach = false, BySleepable = false;
  for (const ProbedVariant &V : kVariants) {
    if (V.Kernel != Row.Kernel || V.Type != Row.Type || !V.allows(Helper))
      continue;
    if (V.Attach != Row.Attach)
      ByAttach = true;
    if (V.Sleepable != Row.Sleepable)
      BySleepable = true;
  }
  std::string Out;
  if (BySleepable)
    Out += Row.Sleepable ? "sleepable " : "non-sleepable ";
  Out += "program type " + K.typeName().str();
  if (ByAttach) {
    const char *A = libbpf_bpf_attach_type_str(K.Attach);
    Out += " with attach type " + (A ? std::string(A) : utostr(K.Attach));
  }
  return Out;
}

/// Iterators and LSM hooks: the verifier asks the attach target too
/// (bpf_iter_tcp adds bpf_setsockopt, lsm_cgroup's socket_post_create hook
/// too, since 6.0), so a row probed with one target is only a lower bound
/// for another. False when the program's target (the section after '/')
/// is not the probed one ("bpf_iter_task" for iter/task).
bool sameTarget(const ProbedVariant &Row, const ProgramKind &K) {
  if (K.Attach != BPF_TRACE_ITER && K.Attach != BPF_LSM_MAC &&
      K.Attach != BPF_LSM_CGROUP)
    return true;
  StringRef Target = StringRef(K.Section).split('/').second;
  StringRef Probed = Row.Target;
  return !Target.empty() &&
         Probed.consume_front(K.Attach == BPF_TRACE_ITER ? "bpf_iter_"
                                                         : "bpf_lsm_") &&
         Target == Probed;
}

/// "; the oldest probed kernel that allows it is Linux 6.12", or that none
/// does; and, for a helper the program type lost (lwt_seg6local and
/// bpf_skb_pull_data: allowed by 5.10, refused by 6.1), the newest older
/// probed kernel that allowed it.
std::string whereAllowed(unsigned Kernel, const ProgramKind &K, bool Sleepable,
                         unsigned Helper) {
  std::string Newer, Older;
  for (unsigned I = Kernel + 1; I < kNumKernels && Newer.empty(); ++I)
    if (const ProbedVariant *V = findVariant(I, K, Sleepable))
      if (V->allows(Helper))
        Newer = kKernels[I].Version.str();
  for (unsigned I = Kernel; I-- > 0 && Older.empty();)
    if (const ProbedVariant *V = findVariant(I, K, Sleepable))
      if (V->allows(Helper))
        Older = kKernels[I].Version.str();
  std::string Newest = kKernels[kNumKernels - 1].Version.str();
  if (!Newer.empty())
    return "; the oldest probed kernel that allows it is Linux " + Newer +
           (Older.empty() ? "" : "; Linux " + Older + " allowed it too");
  if (!Older.empty())
    return "; Linux " + Older +
           " allowed it, no newer probed kernel (up to Linux " + Newest +
           ") does";
  return "; no probed kernel (up to Linux " + Newest + ") allows it";
}

} // namespace

unsigned helperId(const VarDecl *VD) {
  if (!VD->hasGlobalStorage() || !VD->getType()->isFunctionPointerType())
    return 0;
  const VarDecl *Def = nullptr;
  const Expr *Init = VD->getAnyInitializer(Def);
  if (!Init)
    return 0;
  const auto *IL = dyn_cast<IntegerLiteral>(Init->IgnoreParenCasts());
  if (!IL || IL->getValue().getActiveBits() > 31)
    return 0;
  return static_cast<unsigned>(IL->getValue().getZExtValue());
}

/// Helper uses and the functions one function refers to (calls, and
/// callbacks such as bpf_loop's, which run in the same program).
struct HelperProgTypeCheck::Calls {
  struct Use {
    const VarDecl *Helper;
    unsigned Id;
    SourceLocation Loc;
  };
  SmallVector<Use, 4> Helpers;
  SmallVector<const FunctionDecl *, 4> Callees;
};

namespace {
class CallCollector : public RecursiveASTVisitor<CallCollector> {
public:
  explicit CallCollector(HelperProgTypeCheck::Calls &Out) : Out(Out) {}

  bool VisitDeclRefExpr(DeclRefExpr *E) {
    if (auto *VD = dyn_cast<VarDecl>(E->getDecl())) {
      if (unsigned Id = helperId(VD))
        Out.Helpers.push_back({VD, Id, E->getLocation()});
    } else if (auto *FD = dyn_cast<FunctionDecl>(E->getDecl())) {
      if (const FunctionDecl *Def = FD->getDefinition())
        if (Seen.insert(Def).second)
          Out.Callees.push_back(Def);
    }
    return true;
  }

private:
  HelperProgTypeCheck::Calls &Out;
  SmallPtrSet<const FunctionDecl *, 8> Seen;
};
} // namespace

std::optional<KernelVersion> newestPossibleKernel(const RawBTF &B) {
  DenseSet<unsigned> Helpers;
  return newestPossible(B, Helpers);
}

HelperProgTypeCheck::HelperProgTypeCheck(PluginState &S) : S(S) {}

bool HelperProgTypeCheck::active() const {
  return S.Opts.Availability &&
         (S.Opts.TargetKernel || !S.Opts.TargetBTF.empty());
}

/// The probed kernel that judges the target, decided at the first program.
std::optional<unsigned> HelperProgTypeCheck::judge() {
  if (Resolved)
    return Kernel;
  Resolved = true;
  std::optional<KernelVersion> Target = S.Opts.TargetKernel;
  if (!S.Opts.TargetBTF.empty()) {
    // Availability reports an unreadable BTF; without it nothing is known.
    const RawBTF *B = S.Kernel.raw();
    if (!B)
      return std::nullopt;
    BTFHelpers.emplace();
    std::optional<KernelVersion> Newest = newestPossible(*B, *BTFHelpers);
    if (!Target && Newest) {
      Target = Newest;
      BTFBound = "the target BTF's enums say it is at most " + Newest->str();
    }
  }
  if (Target)
    Kernel = judgingKernel(*Target);
  return Kernel;
}

HelperProgTypeCheck::~HelperProgTypeCheck() = default;

const HelperProgTypeCheck::Calls &
HelperProgTypeCheck::callsOf(const FunctionDecl *FD) {
  std::unique_ptr<Calls> &C = Cache[FD];
  if (!C) {
    C = std::make_unique<Calls>();
    CallCollector(*C).TraverseStmt(FD->getBody());
  }
  return *C;
}

/// A helper the target lacks altogether is Availability's error ("needs
/// Linux X"), not this one.
bool HelperProgTypeCheck::helperInTarget(unsigned Id) const {
  if (BTFHelpers)
    return BTFHelpers->contains(Id);
  for (const Since &R : kHelperSince)
    if (R.Value == Id)
      return !(*S.Opts.TargetKernel < R.V);
  return false;
}

void HelperProgTypeCheck::checkProgram(const FunctionDecl *Prog,
                                       const ProgramKind &K) {
  const FunctionDecl *Def = Prog->getDefinition();
  if (!Def || !judge())
    return;
  bool Sleepable = isSleepable(K);
  const ProbedVariant *Row = findVariant(*Kernel, K, Sleepable);
  if (!Row || !sameTarget(*Row, K)) // freplace, struct_ops, not probed
    return;
  const ProbedKernel &Judge = kKernels[*Kernel];

  // Every function the program reaches, each once.
  SmallVector<const FunctionDecl *, 16> Work{Def};
  SmallPtrSet<const FunctionDecl *, 16> Seen{Def};
  while (!Work.empty()) {
    const FunctionDecl *FD = Work.pop_back_val();
    const Calls &C = callsOf(FD);
    for (const FunctionDecl *Callee : C.Callees)
      if (Seen.insert(Callee).second)
        Work.push_back(Callee);
    for (const Calls::Use &U : C.Helpers) {
      if (U.Id >= Judge.Helpers || Row->allows(U.Id) || !helperInTarget(U.Id))
        continue;
      // The type lost the helper in some release after the previous probed
      // kernel: certain only for a target at the judging kernel itself.
      if (Row->removed(U.Id) && (!S.Opts.TargetKernel || !BTFBound.empty() ||
                                 *S.Opts.TargetKernel < Judge.Version))
        continue;
      std::string Since = whereAllowed(*Kernel, K, Sleepable, U.Id);
      std::string Judged = "Linux " + Judge.Version.str();
      if (!BTFBound.empty())
        Judged += " (" + BTFBound + ")";
      else if (Judge.Version.str() != S.Opts.TargetKernel->str())
        Judged += " (the nearest probed kernel above the target " +
                  S.Opts.TargetKernel->str() + ")";
      std::string Helper = U.Helper->getName().str();
      std::string Prog = Def->getName().str();
      std::string Via = FD != Def ? FD->getName().str() : "";
      std::string Section = K.Section;
      std::string Variant = describeVariant(*Row, K, U.Id);
      SourceLocation CallLoc = U.Loc, ProgLoc = Def->getLocation();
      PluginState &St = S;
      auto Report = [=, &St] {
        St.Diags.error(CallLoc, "BPF helper '%0' cannot be called from "
                                "program '%1' (SEC(\"%2\")): %3 refuses it "
                                "for %4%5")
            << Helper << Prog << Section << Judged << Variant << Since;
        if (!Via.empty())
          St.Diags.note(ProgLoc, "'%0' reaches the call through '%1'")
              << Prog << Via;
      };
      if (S.HelperErrors.ReportFromAST)
        Report();
      else
        S.HelperErrors.Pending.push_back({Prog, U.Id, std::move(Report)});
    }
  }
}

/// The bpf_func_id a call calls, or 0: libbpf's helpers are pointers
/// initialized with their id (`(void *) 65`), called directly once
/// optimized, through a load of the pointer at -O0.
static unsigned calledHelper(const llvm::CallBase &CB) {
  const llvm::Value *V = CB.getCalledOperand()->stripPointerCasts();
  if (const auto *LI = dyn_cast<llvm::LoadInst>(V))
    if (const auto *GV = dyn_cast<llvm::GlobalVariable>(
            LI->getPointerOperand()->stripPointerCasts()))
      if (GV->hasInitializer())
        V = GV->getInitializer();
  if (const auto *CE = dyn_cast<llvm::ConstantExpr>(V))
    if (CE->getOpcode() == llvm::Instruction::IntToPtr)
      if (const auto *Id = dyn_cast<llvm::ConstantInt>(CE->getOperand(0)))
        return Id->getValue().getActiveBits() <= 32
                   ? static_cast<unsigned>(Id->getZExtValue())
                   : 0;
  return 0;
}

PreservedAnalyses HelperCallsPass::run(llvm::Module &M,
                                       ModuleAnalysisManager &) {
  std::vector<PendingHelperError> Pending;
  Pending.swap(S.HelperErrors.Pending);
  StringMap<DenseSet<unsigned>> Called; // per program, built once
  for (PendingHelperError &E : Pending) {
    const llvm::Function *Prog = M.getFunction(E.Prog);
    // Not in the IR as a function with a body: keep the AST's verdict.
    if (!Prog || Prog->isDeclaration()) {
      E.Report();
      continue;
    }
    auto [It, New] = Called.try_emplace(E.Prog);
    if (New)
      for (const llvm::Function *F : reachableFunctions(*Prog))
        for (const llvm::BasicBlock &BB : *F)
          for (const llvm::Instruction &I : BB)
            if (const auto *CB = dyn_cast<llvm::CallBase>(&I))
              if (unsigned Id = calledHelper(*CB))
                It->second.insert(Id);
    if (It->second.contains(E.Helper))
      E.Report();
  }
  return PreservedAnalyses::all();
}

} // namespace bpfcc
