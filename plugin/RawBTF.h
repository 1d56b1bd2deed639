//===- RawBTF.h - a checked, zero-copy view of raw BTF bytes --------------===//
//
// Kernel BTF is 5 MB or more. libbpf's parse copies it twice (file -> heap ->
// its own heap) and checks every type, which costs a compile that only asks
// a few questions (does enum bpf_func_id have this value? is there a FUNC of
// that name?) more than the rest of its plugin work together. RawBTF answers
// such questions from the mapped file itself: the header and every type's
// extent are checked once, in one walk, and name() checks each string
// offset, so that no lookup reads outside the bytes it was given. Type ids and records are the
// ones libbpf would give (struct btf_type and friends from <linux/btf.h>).
//
//===----------------------------------------------------------------------===//
#ifndef BPFCC_PLUGIN_RAWBTF_H
#define BPFCC_PLUGIN_RAWBTF_H

#include "llvm/ADT/StringRef.h"
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct btf_type;

namespace bpfcc {

class RawBTF {
public:
  /// A view of Size bytes at Data (not copied: they must outlive the view),
  /// or null with Error saying what is wrong and where. NotRaw is set when
  /// the bytes are not raw BTF of this machine's byte order at all (an ELF
  /// file, a byte-swapped BTF): the caller may try libbpf instead.
  static std::unique_ptr<RawBTF> fromMemory(const void *Data, size_t Size,
                                            std::string &Error, bool &NotRaw);

  /// Number of type ids, void (0) included, like btf__type_cnt().
  unsigned typeCount() const { return Offsets.size() + 1; }
  /// Type Id, or null for 0 and ids out of range.
  const struct btf_type *type(unsigned Id) const;
  /// The string at Off ("" when out of range).
  llvm::StringRef name(uint32_t Off) const { return str(Off); }
  /// The same as a C string, never null (libbpf's btf__name_by_offset()).
  const char *str(uint32_t Off) const {
    return Off < StringsLen ? Strings + Off : "";
  }
  /// Size in bytes of type Id, through typedefs, modifiers and arrays, or
  /// -1 (libbpf's btf__resolve_size()).
  long long resolveSize(unsigned Id) const;
  /// The first type of that kind and name, or -1.
  int find(llvm::StringRef Name, unsigned Kind) const;

private:
  RawBTF() = default;
  const char *Types = nullptr;
  const char *Strings = nullptr;
  uint32_t StringsLen = 0;
  std::vector<uint32_t> Offsets; ///< Of type Id at [Id - 1], in Types.
};

} // namespace bpfcc

#endif
