//===- IRReach.h - functions a BPF program reaches in the IR --------------===//
//
// Checks that must see the code the backend will emit, not the source
// (calls in branches the optimizer removed are not in the object), walk
// the IR after optimization from each program.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_IRREACH_H
#define BPFCC_PLUGIN_IRREACH_H

#include "llvm/ADT/SmallVector.h"

namespace llvm {
class Function;
} // namespace llvm

namespace bpfcc {

/// Prog and the functions with a body it calls, directly or through others,
/// or whose address it takes (callbacks such as bpf_loop's); in the order
/// found, so that messages come in the same order every time.
llvm::SmallVector<const llvm::Function *, 16>
reachableFunctions(const llvm::Function &Prog);

} // namespace bpfcc

#endif
