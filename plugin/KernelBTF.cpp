//===- KernelBTF.cpp - the target kernel's BTF, loaded once, lazily -------===//

#include "KernelBTF.h"

#include <bpf/btf.h>
#include <cerrno>
#include <cstring>

namespace bpfcc {

KernelBTF::KernelBTF(std::string P)
    : Path(P.empty() ? "/sys/kernel/btf/vmlinux" : P), Named(!P.empty()) {}

KernelBTF::~KernelBTF() { btf__free(BTF); }

const struct btf *KernelBTF::get() {
  if (Tried)
    return BTF;
  Tried = true;
  // btf__parse takes raw BTF (/sys/kernel/btf/vmlinux) as well as an ELF
  // file with a .BTF section (a vmlinux).
  struct btf *B = btf__parse(Path.c_str(), nullptr);
  if (!B) {
    // libbpf >= 1.0 returns NULL and sets errno.
    Error = Path + ": " + std::strerror(errno);
    return nullptr;
  }
  BTF = B;
  return BTF;
}

int KernelBTF::findByName(llvm::StringRef Name, unsigned Kind) {
  const struct btf *B = get();
  if (!B)
    return 0;
  int Id = btf__find_by_name_kind(B, Name.str().c_str(), Kind);
  return Id < 0 ? 0 : Id;
}

} // namespace bpfcc
