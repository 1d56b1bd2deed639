//===- ArgCtx.cpp - arg:ctx inference and diagnostics (AST) ---------------===//
//
// Which parameters of global functions carry the program's context?
//
// Forward: a program's first parameter is its context. A parameter that
// receives a context value (a context parameter of the caller, possibly
// cast) at any call in the translation unit is one too, and knows which
// programs' contexts reach it. This runs to a fixed point over all calls, so
// declaration order does not matter, and it goes through static functions
// (libbpf's BPF_PROG/BPF_KPROBE put the body in a static inline
// "____name(ctx, ...)").
//
// Backward: a parameter passed where the kernel types the argument as the
// context (a helper's ARG_PTR_TO_CTX argument, a kfunc's context struct
// parameter, an explicitly tagged parameter) is a context, and so is any
// parameter passed on to such a parameter.
//
// Only parameters of global functions are tagged: the kernel verifies static
// subprograms in their caller's context and rejects tags on them (>= 6.8).
//
//===----------------------------------------------------------------------===//

#include "ArgCtx.h"
#include "PluginState.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/DenseMap.h"
#include <set>

using namespace clang;
using namespace llvm;

namespace bpfcc {
namespace {

// Helpers whose first argument the kernel types ARG_PTR_TO_CTX in every
// program type that offers them (the bpf_func_proto tables of net/core,
// kernel/trace, kernel/bpf and drivers/media/rc in Linux 6.1). Left out on
// purpose: helpers that take the context in some program types but a socket
// or skb pointer in others (get_socket_cookie, setsockopt, getsockopt,
// skb_output, xdp_output).
struct CtxHelper {
  int Id;
  const char *Name;
};
constexpr CtxHelper kCtxHelpers[] = {
#define H(N) {BPF_FUNC_##N, "bpf_" #N}
    H(tail_call), H(perf_event_output), H(get_stackid), H(get_stack),
    H(perf_prog_read_value), H(override_return), H(read_branch_records),
    H(get_func_ip), H(get_func_arg), H(get_func_ret), H(get_func_arg_cnt),
    H(get_attach_cookie), H(skb_store_bytes), H(skb_load_bytes),
    H(skb_load_bytes_relative), H(l3_csum_replace), H(l4_csum_replace),
    H(clone_redirect), H(skb_vlan_push), H(skb_vlan_pop),
    H(skb_get_tunnel_key), H(skb_set_tunnel_key), H(skb_get_tunnel_opt),
    H(skb_set_tunnel_opt), H(get_cgroup_classid), H(skb_cgroup_classid),
    H(get_route_realm), H(skb_change_proto), H(skb_change_type),
    H(skb_under_cgroup), H(get_hash_recalc), H(set_hash_invalid), H(set_hash),
    H(csum_update), H(csum_level), H(skb_change_tail), H(skb_change_head),
    H(skb_pull_data), H(skb_adjust_room), H(get_socket_uid),
    H(skb_get_xfrm_state), H(fib_lookup), H(skb_cgroup_id),
    H(skb_ancestor_cgroup_id), H(sk_lookup_tcp), H(sk_lookup_udp),
    H(skc_lookup_tcp), H(sk_assign), H(skb_ecn_set_ce), H(check_mtu),
    H(skb_set_tstamp), H(xdp_adjust_head), H(xdp_adjust_meta),
    H(xdp_adjust_tail), H(xdp_get_buff_len), H(xdp_load_bytes),
    H(xdp_store_bytes), H(lwt_push_encap), H(lwt_seg6_store_bytes),
    H(lwt_seg6_adjust_srh), H(lwt_seg6_action), H(msg_redirect_map),
    H(msg_redirect_hash), H(msg_apply_bytes), H(msg_cork_bytes),
    H(msg_pull_data), H(msg_push_data), H(msg_pop_data), H(sk_redirect_map),
    H(sk_redirect_hash), H(sock_map_update), H(sock_hash_update),
    H(sock_ops_cb_flags_set), H(bind), H(load_hdr_opt), H(store_hdr_opt),
    H(reserve_hdr_opt), H(sysctl_get_name), H(sysctl_get_current_value),
    H(sysctl_get_new_value), H(sysctl_set_new_value), H(rc_repeat),
    H(rc_keydown), H(rc_pointer_rel), H(sk_select_reuseport),
#undef H
};

bool isArgCtxTag(const BTFDeclTagAttr *A) {
  return A->getBTFDeclTag() == "arg:ctx";
}

bool hasArgCtxTag(const ParmVarDecl *P) {
  for (const auto *A : P->specific_attrs<BTFDeclTagAttr>())
    if (isArgCtxTag(A))
      return true;
  return false;
}

bool isGlobal(const FunctionDecl *FD) { return FD->isExternallyVisible(); }

/// One call argument that is a parameter of the calling function.
struct Flow {
  const ParmVarDecl *From;
  const ParmVarDecl *To; ///< Parameter of the callee's definition.
  const CallExpr *Call;
};
/// A parameter passed where the kernel expects the context.
struct Sink {
  const ParmVarDecl *From;
  std::string What; ///< "helper 'bpf_tail_call'", "kfunc 'x'".
};

class Analysis : public RecursiveASTVisitor<Analysis> {
public:
  Analysis(PluginState &S, ASTContext &Ctx) : S(S), Ctx(Ctx) {}

  void run();

  bool VisitCallExpr(CallExpr *CE);
  bool shouldVisitTemplateInstantiations() const { return false; }

private:
  const ParmVarDecl *paramOf(const Expr *E) const;
  std::optional<std::string> helperName(const CallExpr *CE) const;
  void propagate();
  void checkStaticTags(const FunctionDecl *FD);
  void decide(const FunctionDecl *G);
  std::string programsText(const std::set<unsigned> &Progs) const;

  PluginState &S;
  ASTContext &Ctx;
  const FunctionDecl *Current = nullptr;
  std::vector<const FunctionDecl *> Defs;
  std::vector<std::pair<const FunctionDecl *, const ProgramKind *>> Programs;
  std::vector<Flow> Flows;
  std::vector<Sink> Sinks;
  /// Forward: which programs' contexts reach a parameter (indices into
  /// Programs).
  DenseMap<const ParmVarDecl *, std::set<unsigned>> Reach;
  /// Backward: why a parameter must be a context.
  DenseMap<const ParmVarDecl *, std::string> Required;
  /// Global functions with context parameters, in source order.
  std::vector<const FunctionDecl *> CtxFunctions;
};

const ParmVarDecl *Analysis::paramOf(const Expr *E) const {
  // Casts do not change which object is passed: (void *)ctx is still ctx.
  const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenCasts());
  if (!DRE)
    return nullptr;
  const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl());
  if (!P || P->getDeclContext() != Current)
    return nullptr;
  return P;
}

std::optional<std::string> Analysis::helperName(const CallExpr *CE) const {
  // libbpf declares helpers as
  //   static long (* const bpf_tail_call)(void *ctx, ...) = (void *) 12;
  // The number, not the name, says which helper it is.
  const auto *DRE =
      dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts());
  if (!DRE)
    return std::nullopt;
  const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
  if (!VD || !VD->getType()->isFunctionPointerType())
    return std::nullopt;
  const VarDecl *Def = VD->getDefinition();
  const Expr *Init = Def ? Def->getInit() : nullptr;
  Expr::EvalResult R;
  if (!Init || !Init->IgnoreParenCasts()->EvaluateAsInt(R, Ctx))
    return std::nullopt;
  int64_t Id = R.Val.getInt().getExtValue();
  for (const CtxHelper &H : kCtxHelpers)
    if (H.Id == Id)
      return std::string(H.Name);
  return std::nullopt;
}

bool Analysis::VisitCallExpr(CallExpr *CE) {
  if (CE->getNumArgs() == 0)
    return true;
  if (const FunctionDecl *Callee = CE->getDirectCallee()) {
    const FunctionDecl *Def = Callee->getDefinition();
    for (unsigned I = 0, N = std::min(CE->getNumArgs(), Callee->getNumParams());
         I != N; ++I) {
      const ParmVarDecl *From = paramOf(CE->getArg(I));
      if (!From)
        continue;
      if (Def) {
        Flows.push_back({From, Def->getParamDecl(I), CE});
        continue;
      }
      // An extern function (a kfunc): the kernel treats a parameter whose
      // type is a program context struct as the context.
      QualType T = Ctx.getCanonicalType(Callee->getParamDecl(I)->getType());
      if (const auto *RT = T->getPointeeType().isNull()
                               ? nullptr
                               : T->getPointeeType()->getAs<RecordType>())
        if (isAnyContextStruct(RT->getDecl()->getName()))
          Sinks.push_back({From, "kfunc '" + Callee->getName().str() + "'"});
    }
    return true;
  }
  if (std::optional<std::string> H = helperName(CE))
    if (const ParmVarDecl *From = paramOf(CE->getArg(0)))
      Sinks.push_back({From, "helper '" + *H + "'"});
  return true;
}

void Analysis::propagate() {
  for (unsigned I = 0; I != Programs.size(); ++I) {
    const FunctionDecl *FD = Programs[I].first->getDefinition();
    if (FD && FD->getNumParams() > 0)
      Reach[FD->getParamDecl(0)].insert(I);
  }
  for (const Sink &K : Sinks)
    Required.try_emplace(K.From, "it is passed as the context to " + K.What);
  for (const FunctionDecl *FD : Defs)
    if (isGlobal(FD))
      for (const ParmVarDecl *P : FD->parameters())
        if (hasArgCtxTag(P))
          Required.try_emplace(P, "it is tagged arg:ctx");

  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const Flow &F : Flows) {
      auto It = Reach.find(F.From);
      if (It != Reach.end()) {
        std::set<unsigned> Add = It->second; // Reach may rehash below.
        std::set<unsigned> &To = Reach[F.To];
        for (unsigned P : Add)
          Changed |= To.insert(P).second;
      }
      if (Required.count(F.To) && !Required.count(F.From)) {
        const auto *Callee = cast<FunctionDecl>(F.To->getDeclContext());
        Required[F.From] = "it is passed on to parameter '" +
                           F.To->getName().str() + "' of '" +
                           Callee->getName().str() + "', a context parameter";
        Changed = true;
      }
    }
  }
}

std::string Analysis::programsText(const std::set<unsigned> &Progs) const {
  std::string Out;
  unsigned N = 0;
  for (unsigned I : Progs) {
    if (N++)
      Out += N == Progs.size() ? " and " : ", ";
    Out += Programs[I].second->typeName().str() + " program '" +
           Programs[I].first->getName().str() + "'";
  }
  return Out;
}

void Analysis::checkStaticTags(const FunctionDecl *FD) {
  if (isGlobal(FD) || FD->hasAttr<AlwaysInlineAttr>())
    return; // Always-inline functions never reach BTF.
  for (const ParmVarDecl *P : FD->parameters()) {
    for (const auto *A : P->specific_attrs<BTFDeclTagAttr>()) {
      if (A->isImplicit() || !A->getBTFDeclTag().starts_with("arg:"))
        continue;
      auto D = S.Diags.error(
          A->getLocation(),
          "'%0' tag on parameter '%1' of static function '%2': kernels 6.8 "
          "and later reject argument tags on static subprograms; make the "
          "function global");
      D << A->getBTFDeclTag() << P->getName() << FD->getName();
      // Fix-it: remove the 'static' keyword, when it is written plainly.
      SourceManager &SM = Ctx.getSourceManager();
      SourceLocation L = FD->getBeginLoc();
      SourceLocation End = FD->getLocation();
      while (L.isValid() && L.isFileID() && SM.isBeforeInTranslationUnit(L, End)) {
        Token Tok;
        if (Lexer::getRawToken(L, Tok, SM, Ctx.getLangOpts(), true))
          break;
        if (Tok.is(tok::raw_identifier) && Tok.getRawIdentifier() == "static") {
          unsigned Len = Tok.getLength();
          const char *After = SM.getCharacterData(L.getLocWithOffset(Len));
          if (*After == ' ')
            ++Len;
          D << FixItHint::CreateRemoval(
              CharSourceRange::getCharRange(L, L.getLocWithOffset(Len)));
          break;
        }
        L = Lexer::getLocForEndOfToken(L, 0, SM, Ctx.getLangOpts());
        // Skip whitespace up to the next token.
        std::optional<Token> Next =
            Lexer::findNextToken(L.getLocWithOffset(-1), SM, Ctx.getLangOpts());
        if (!Next)
          break;
        L = Next->getLocation();
      }
    }
  }
}

void Analysis::decide(const FunctionDecl *G) {
  std::vector<unsigned> CtxParams;
  for (const ParmVarDecl *P : G->parameters()) {
    auto RIt = Reach.find(P);
    bool Reached = RIt != Reach.end() && !RIt->second.empty();
    auto QIt = Required.find(P);
    if (!Reached && QIt == Required.end())
      continue;

    QualType T = Ctx.getCanonicalType(P->getType());
    QualType Pointee = T->isPointerType() ? T->getPointeeType() : QualType();
    const RecordType *RT =
        Pointee.isNull() ? nullptr : Pointee->getAs<RecordType>();
    StringRef StructName = RT ? RT->getDecl()->getName() : "";

    bool Fits = true;
    if (Reached) {
      for (unsigned I : RIt->second) {
        const ProgramKind &K = *Programs[I].second;
        bool Ok = false;
        if (Pointee.isNull())
          Ok = false;
        else if (Pointee->isVoidType())
          Ok = true;
        else if (RT && K.Type == BPF_PROG_TYPE_EXT)
          // freplace programs take the context of the program they replace,
          // known only at load time: any context struct may be right.
          Ok = isAnyContextStruct(StructName);
        else if (RT)
          Ok = isAcceptedContextStruct(K.Type, StructName);
        else if (contextStructName(K.Type).empty())
          // BPF_PROG-style "unsigned long long *ctx" of tracing programs.
          Ok = Pointee->isIntegerType() && Ctx.getTypeSize(Pointee) == 64;
        if (Ok)
          continue;
        Fits = false;
        // Where does this program's context enter P?
        const CallExpr *Call = nullptr;
        for (const Flow &F : Flows) {
          auto FIt = Reach.find(F.From);
          if (F.To == P && FIt != Reach.end() && FIt->second.count(I)) {
            Call = F.Call;
            break;
          }
        }
        SourceLocation Loc = Call ? Call->getExprLoc() : P->getLocation();
        if (RT && isAnyContextStruct(StructName)) {
          S.Diags.error(Loc, "passing the context of %0 program '%1' to "
                             "parameter '%2' of global function '%3', whose "
                             "type %4 is the context of other program types")
              << K.typeName() << Programs[I].first->getName() << P->getName()
              << G->getName() << P->getType();
          S.Diags.note(P->getLocation(),
                       "parameter declared here; declare it 'void *' to take "
                       "the context of several program types");
        } else if (S.Diags.enabled(Flag::ArgCtxWarning)) {
          S.Diags.report(Flag::ArgCtxWarning, P->getLocation(),
                         "parameter '%0' of global function '%1' receives the "
                         "context of %2 program '%3', but its type %4 cannot "
                         "be a context for the verifier; not tagged arg:ctx")
              << P->getName() << G->getName() << K.typeName()
              << Programs[I].first->getName() << P->getType();
        }
        break;
      }
    } else if (Pointee.isNull() || !(Pointee->isVoidType() || RT)) {
      Fits = false;
    }
    if (!Fits)
      continue;

    CtxParams.push_back(P->getFunctionScopeIndex());
    if (hasArgCtxTag(P) || !S.Opts.ArgCtx)
      continue;
    if (S.Diags.enabled(Flag::ArgCtxRemark)) {
      std::string Why = Reached ? "it receives the context of " +
                                      programsText(RIt->second)
                                : QIt->second;
      S.Diags.report(Flag::ArgCtxRemark, P->getLocation(),
                     "tagged parameter '%0' of global function '%1' "
                     "arg:ctx: %2")
          << P->getName() << G->getName() << Why;
    }
  }
  if (CtxParams.empty())
    return;
  // With inference off, only what the user tagged is kept (for lowering and
  // the -O0 fix-up).
  if (!S.Opts.ArgCtx) {
    std::vector<unsigned> Tagged;
    for (unsigned I : CtxParams)
      if (hasArgCtxTag(G->getParamDecl(I)))
        Tagged.push_back(I);
    CtxParams.swap(Tagged);
    if (CtxParams.empty())
      return;
  }
  S.ArgCtx.CtxParams[G->getName().str()] = CtxParams;
  CtxFunctions.push_back(G);
}

void Analysis::run() {
  for (auto &[FD, K] : S.Sections.programs())
    Programs.push_back({FD, &K});
  for (const Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD || !FD->doesThisDeclarationHaveABody())
      continue;
    Defs.push_back(FD);
    Current = FD;
    TraverseStmt(FD->getBody());
  }
  Current = nullptr;
  for (const FunctionDecl *FD : Defs)
    checkStaticTags(FD);
  propagate();
  for (const FunctionDecl *FD : Defs)
    if (isGlobal(FD) && !isProgramEntry(FD))
      decide(FD);
}

} // namespace

void analyzeArgCtx(PluginState &S, ASTContext &Ctx) {
  Analysis(S, Ctx).run();
}

} // namespace bpfcc
