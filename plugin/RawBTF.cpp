//===- RawBTF.cpp - a checked, zero-copy view of raw BTF bytes ------------===//

#include "RawBTF.h"

#include <cstring>
#include <linux/btf.h>

using namespace llvm;

namespace bpfcc {

namespace {

// Bytes a type's record takes after struct btf_type, or -1 for a kind this
// reader does not know (newer than BTF_KIND_ENUM64).
long trailingSize(const struct btf_type *T) {
  unsigned VLen = BTF_INFO_VLEN(T->info);
  switch (BTF_INFO_KIND(T->info)) {
  case BTF_KIND_INT:
    return sizeof(uint32_t);
  case BTF_KIND_ARRAY:
    return sizeof(struct btf_array);
  case BTF_KIND_STRUCT:
  case BTF_KIND_UNION:
    return (long)VLen * sizeof(struct btf_member);
  case BTF_KIND_ENUM:
    return (long)VLen * sizeof(struct btf_enum);
  case BTF_KIND_ENUM64:
    return (long)VLen * sizeof(struct btf_enum64);
  case BTF_KIND_FUNC_PROTO:
    return (long)VLen * sizeof(struct btf_param);
  case BTF_KIND_VAR:
    return sizeof(struct btf_var);
  case BTF_KIND_DATASEC:
    return (long)VLen * sizeof(struct btf_var_secinfo);
  case BTF_KIND_DECL_TAG:
    return sizeof(struct btf_decl_tag);
  case BTF_KIND_FWD:
  case BTF_KIND_PTR:
  case BTF_KIND_TYPEDEF:
  case BTF_KIND_VOLATILE:
  case BTF_KIND_CONST:
  case BTF_KIND_RESTRICT:
  case BTF_KIND_FUNC:
  case BTF_KIND_FLOAT:
  case BTF_KIND_TYPE_TAG:
    return 0;
  default:
    return -1;
  }
}

} // namespace

std::unique_ptr<RawBTF> RawBTF::fromMemory(const void *Data, size_t Size,
                                           std::string &Error, bool &NotRaw) {
  NotRaw = false;
  const auto *Bytes = static_cast<const char *>(Data);
  struct btf_header Hdr;
  if (Size < sizeof(Hdr)) {
    NotRaw = true;
    Error = "too small for a BTF header";
    return nullptr;
  }
  std::memcpy(&Hdr, Bytes, sizeof(Hdr));
  if (Hdr.magic != BTF_MAGIC) {
    NotRaw = true;
    Error = "no BTF magic";
    return nullptr;
  }
  // Sections are relative to the end of the header; all in 64-bit
  // arithmetic so that no sum wraps.
  uint64_t Base = Hdr.hdr_len;
  // The version is not checked: libbpf does not, and the layout of every
  // kind read here is checked below.
  // Nor is a hdr_len below the struct's size (libbpf reads the struct and
  // places the sections after hdr_len bytes; so does this).
  if (Base > Size ||
      Base + Hdr.type_off + Hdr.type_len > Size ||
      Base + Hdr.str_off + Hdr.str_len > Size) {
    Error = "bad BTF header (header length or section bounds)";
    return nullptr;
  }
  // Records are read in place as struct btf_type: every BTF writer aligns
  // them (libbpf would read a misaligned section; x86 forgives it, C not).
  if (Hdr.type_len && (Base + Hdr.type_off) % 4 != 0) {
    Error = "type section is not 4-byte aligned";
    return nullptr;
  }
  std::unique_ptr<RawBTF> R(new RawBTF());
  R->Types = Bytes + Base + Hdr.type_off;
  R->Strings = Bytes + Base + Hdr.str_off;
  R->StringsLen = Hdr.str_len;
  // A NUL-terminated string section: every in-range offset names a string
  // that ends inside it.
  if (R->StringsLen == 0 || R->Strings[R->StringsLen - 1] != '\0') {
    Error = "string section is empty or not NUL-terminated";
    return nullptr;
  }
  // Kernel BTF has about one type per 37 bytes of type data.
  R->Offsets.reserve(Hdr.type_len / 32);
  uint64_t Off = 0;
  while (Off < Hdr.type_len) {
    if (Hdr.type_len - Off < sizeof(struct btf_type)) {
      Error = "type " + std::to_string(R->Offsets.size() + 1) +
              " runs past the type section";
      return nullptr;
    }
    const auto *T = reinterpret_cast<const struct btf_type *>(R->Types + Off);
    long Extra = trailingSize(T);
    // Name offsets are not checked here (libbpf accepts any on nameless
    // kinds): name() answers "" for one out of range.
    if (Extra < 0 || Hdr.type_len - Off - sizeof(struct btf_type) <
                         static_cast<uint64_t>(Extra)) {
      Error = "type " + std::to_string(R->Offsets.size() + 1) +
              (Extra < 0 ? " has an unknown kind" : " runs past the type section");
      return nullptr;
    }
    R->Offsets.push_back(static_cast<uint32_t>(Off));
    Off += sizeof(struct btf_type) + Extra;
  }
  return R;
}

const struct btf_type *RawBTF::type(unsigned Id) const {
  if (Id == 0 || Id > Offsets.size())
    return nullptr;
  return reinterpret_cast<const struct btf_type *>(Types + Offsets[Id - 1]);
}

long long RawBTF::resolveSize(unsigned Id) const {
  unsigned long long Elems = 1;
  // Bounded: a typedef or array cycle must not loop.
  for (unsigned Depth = 0; Depth < 32; ++Depth) {
    const struct btf_type *T = type(Id);
    if (!T)
      return -1;
    unsigned long long Size;
    switch (BTF_INFO_KIND(T->info)) {
    case BTF_KIND_INT:
    case BTF_KIND_ENUM:
    case BTF_KIND_ENUM64:
    case BTF_KIND_STRUCT:
    case BTF_KIND_UNION:
    case BTF_KIND_FLOAT:
    case BTF_KIND_DATASEC:
      Size = T->size;
      break;
    case BTF_KIND_PTR:
      Size = 8; // BPF pointers are 8 bytes
      break;
    case BTF_KIND_TYPEDEF:
    case BTF_KIND_VOLATILE:
    case BTF_KIND_CONST:
    case BTF_KIND_RESTRICT:
    case BTF_KIND_TYPE_TAG:
    case BTF_KIND_VAR:
    case BTF_KIND_DECL_TAG:
      Id = T->type;
      continue;
    case BTF_KIND_ARRAY: {
      const auto *A = reinterpret_cast<const struct btf_array *>(T + 1);
      if (A->nelems && Elems > UINT32_MAX / A->nelems)
        return -1;
      Elems *= A->nelems;
      Id = A->type;
      continue;
    }
    default:
      return -1;
    }
    if (Size && Elems > UINT32_MAX / Size)
      return -1;
    return static_cast<long long>(Size * Elems);
  }
  return -1;
}

int RawBTF::find(StringRef Name, unsigned Kind) const {
  for (unsigned Id = 1; Id <= Offsets.size(); ++Id) {
    const struct btf_type *T = type(Id);
    if (BTF_INFO_KIND(T->info) == Kind && name(T->name_off) == Name)
      return Id;
  }
  return -1;
}

} // namespace bpfcc
