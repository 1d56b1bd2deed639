// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
//
// fuzz_raw_btf - the plugin's checked view of a target BTF file
// (plugin/RawBTF.cpp), which the availability checks read instead of
// libbpf's parse.
//
// Input: raw BTF bytes. Every lookup the plugin makes must stay inside
// them (ASan sees the input as an exact-size heap copy). And RawBTF must not
// be stricter than libbpf: whatever btf__new() accepts, it accepts too
// (but a misaligned type section), with the same type count and the same
// records at each id.
#include "RawBTF.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <cstdlib>
#include <cstring>

using namespace bpfcc;

static int silent(enum libbpf_print_level, const char *, va_list) { return 0; }

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  libbpf_set_print(silent);
  return 0;
}

// Bytes of the record at T, as RawBTF and libbpf both lay it out.
static size_t recordSize(const struct btf_type *T) {
  size_t N = sizeof(*T), V = btf_vlen(T);
  switch (btf_kind(T)) {
  case BTF_KIND_INT: return N + 4;
  case BTF_KIND_ARRAY: return N + sizeof(struct btf_array);
  case BTF_KIND_STRUCT:
  case BTF_KIND_UNION: return N + V * sizeof(struct btf_member);
  case BTF_KIND_ENUM: return N + V * sizeof(struct btf_enum);
  case BTF_KIND_ENUM64: return N + V * sizeof(struct btf_enum64);
  case BTF_KIND_FUNC_PROTO: return N + V * sizeof(struct btf_param);
  case BTF_KIND_VAR: return N + sizeof(struct btf_var);
  case BTF_KIND_DATASEC: return N + V * sizeof(struct btf_var_secinfo);
  case BTF_KIND_DECL_TAG: return N + sizeof(struct btf_decl_tag);
  default: return N;
  }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  // malloc'ed (aligned like a mapped file), exact size: a read past the
  // end is an ASan report.
  void *Copy = std::malloc(Size ? Size : 1);
  std::memcpy(Copy, Data, Size);

  std::string Error;
  bool NotRaw;
  std::unique_ptr<RawBTF> R = RawBTF::fromMemory(Copy, Size, Error, NotRaw);
  if (R) {
    // What the availability checks do: enum values and names, FUNC and
    // DECL_TAG lookups over every type.
    for (unsigned Id = 1; Id < R->typeCount(); ++Id) {
      const struct btf_type *T = R->type(Id);
      volatile size_t Sink = R->name(T->name_off).size();
      if (btf_kind(T) == BTF_KIND_ENUM)
        for (unsigned I = 0; I < btf_vlen(T); ++I)
          Sink += R->name(btf_enum(T)[I].name_off).size() + btf_enum(T)[I].val;
      if (btf_kind(T) == BTF_KIND_DECL_TAG)
        Sink += btf_decl_tag(T)->component_idx;
      (void)Sink;
    }
    (void)R->find("bpf_func_id", BTF_KIND_ENUM);
    (void)R->find("bpf_loop", BTF_KIND_FUNC);
    (void)R->type(0);
    (void)R->type(R->typeCount());
    (void)R->name(UINT32_MAX);
  }

  // The one input RawBTF refuses and libbpf reads: a misaligned type
  // section (see RawBTF.cpp).
  bool Misaligned = false;
  if (Size >= sizeof(struct btf_header)) {
    struct btf_header H;
    std::memcpy(&H, Copy, sizeof(H));
    Misaligned = H.type_len && (uint64_t(H.hdr_len) + H.type_off) % 4 != 0;
  }
  struct btf *B = btf__new(Copy, Size);
  if (B && !NotRaw && !Misaligned) {
    if (!R || R->typeCount() != btf__type_cnt(B))
      std::abort(); // stricter than libbpf, or a different count
    for (unsigned Id = 1; Id < R->typeCount(); ++Id) {
      const struct btf_type *Mine = R->type(Id);
      const struct btf_type *Theirs = btf__type_by_id(B, Id);
      if (recordSize(Mine) != recordSize(Theirs) ||
          std::memcmp(Mine, Theirs, recordSize(Mine)) != 0)
        std::abort();
    }
  }
  btf__free(B);
  std::free(Copy);
  return 0;
}
