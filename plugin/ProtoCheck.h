//===- ProtoCheck.h - tracing program arguments vs. the kernel's BTF ------===//
//
// fentry/fexit/fmod_ret/lsm/tp_btf/raw_tp/iter programs receive their
// arguments as 8-byte slots of a context array; BPF_PROG(name, args...)
// makes the user restate the kernel's prototype, and a wrong list compiles
// and reads the wrong slots. This check compares the declared arguments
// with the target kernel's BTF (TracingHooks.h): count, slots, pointer vs.
// scalar, pointee type names, sizes that change the value read (errors),
// signedness (-Wbpfcc-proto-sign), names that belong to another argument
// (-Wbpfcc-proto-name), hooks the kernel lacks (-Wbpfcc-proto-missing,
// with a close name as suggestion). Sound multi-kernel code gets none of
// them. It also checks that a named context struct (CtxStructs.h) matches
// its program's section.
//
// Documented in docs/tracing-prototypes.md.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_PROTOCHECK_H
#define BPFCC_PLUGIN_PROTOCHECK_H

namespace clang {
class ASTContext;
}

namespace bpfcc {

struct PluginState;

/// Checks every tracing program of the translation unit (S.Sections must be
/// filled). Reads the kernel BTF only if there is such a program.
void checkTracingPrototypes(PluginState &S, clang::ASTContext &Ctx);

} // namespace bpfcc

#endif
