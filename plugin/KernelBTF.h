//===- KernelBTF.h - the target kernel's BTF, loaded once, lazily ---------===//
//
// Checks against the kernel (prototype checks, context structs) read the
// BTF of the kernel the object targets: -fplugin-arg-bpfcc-target-btf=FILE,
// else the build machine's /sys/kernel/btf/vmlinux. It is parsed at most once
// per compile, and only if some feature asks: programs that need no check
// never depend on the build machine's kernel.
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_KERNELBTF_H
#define BPFCC_PLUGIN_KERNELBTF_H

#include "RawBTF.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <string>

struct btf;

namespace bpfcc {

class KernelBTF {
public:
  /// Path empty: /sys/kernel/btf/vmlinux.
  explicit KernelBTF(std::string Path);
  ~KernelBTF();
  KernelBTF(const KernelBTF &) = delete;
  KernelBTF &operator=(const KernelBTF &) = delete;

  /// The parsed BTF (libbpf), or null if it cannot be read (see error()).
  const struct btf *get();
  /// A checked view of the same BTF without libbpf's parse and copies, for
  /// checks that only look things up (availability); null if unreadable.
  const RawBTF *raw();
  /// Why get() returned null: "<path>: <strerror>".
  const std::string &error() const { return Error; }
  const std::string &path() const { return Path; }
  /// Whether the user named the target BTF (--target-btf). If not, checks
  /// read the build machine's kernel, which need not be the one the object
  /// is for: what they find is a warning, not an error.
  bool named() const { return Named; }


private:
  std::string Path;
  bool Named;
  std::string Error;
  struct btf *BTF = nullptr;
  bool Tried = false;
  // The file, mapped (or read, where it cannot be mapped) once per compile.
  bool map();
  bool Mapped = false, MapTried = false, IsRaw = false;
  void *Data = nullptr;
  size_t Size = 0;
  bool DataIsHeap = false;
  std::unique_ptr<RawBTF> Raw;
  bool RawTried = false;
};

} // namespace bpfcc

#endif
