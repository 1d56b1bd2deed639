//===- IRReach.cpp - functions a BPF program reaches in the IR ------------===//
#include "IRReach.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;

namespace bpfcc {

SmallVector<const Function *, 16> reachableFunctions(const Function &Prog) {
  SmallPtrSet<const Function *, 16> Seen{&Prog};
  SmallVector<const Function *, 16> Order{&Prog};
  for (size_t N = 0; N < Order.size(); ++N)
    for (const BasicBlock &BB : *Order[N])
      for (const Instruction &I : BB)
        for (const Value *Op : I.operands())
          if (const auto *G = dyn_cast<Function>(Op->stripPointerCasts()))
            if (!G->isDeclaration() && Seen.insert(G).second)
              Order.push_back(G);
  return Order;
}

} // namespace bpfcc
