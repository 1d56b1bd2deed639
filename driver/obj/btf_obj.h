/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * btf_obj.h - an object's .BTF and .BTF.ext, read from and written back to
 * its ELF sections.
 *
 * .BTF is parsed by libbpf's btf__new(); libbpf 1.1 checks only the layout,
 * so btf_obj__load() also checks what later code follows: every name offset
 * and referenced type id, FUNC -> FUNC_PROTO, and no reference cycle that
 * does not pass through a struct or union (the kernel rejects those, and
 * they would make type printers loop).
 */
#ifndef __BPFCC_BTF_OBJ_H
#define __BPFCC_BTF_OBJ_H

#include <linux/btf.h>

#include "obj/btf_ext.h"
#include "obj/elf_obj.h"

struct btf;

#define BTF_ELF_SEC ".BTF"
#define BTF_EXT_ELF_SEC ".BTF.ext"

/*
 * clang writes an _Atomic struct or union member with type id 0 (void),
 * which kernels reject ("Invalid type_id") and type printers cannot lay
 * out. With this flag, btf_obj__load() accepts such a member when
 * btf_obj__void_member_bytes() knows its size: the caller lowers it
 * (lower_btf.c). Without it, such a member is an error.
 */
#define BTF_OBJ_VOID_MEMBERS 1u

/* Parse and check .BTF; *btfp is NULL (and 0 returned) when there is none. */
int btf_obj__load(struct elf_obj *obj, struct btf **btfp, unsigned int flags);

/*
 * The bytes member @i of struct or union @t (of type void) spans: from its
 * offset to the next member's offset or the end of @t. 0 when it is a
 * bitfield, not byte-aligned, or spans nothing.
 */
__u32 btf_obj__void_member_bytes(const struct btf_type *t, unsigned int i);

/*
 * Parse .BTF.ext against @btf and check that every block names an ELF
 * section that holds its instruction offsets. *extp is NULL when there is
 * no .BTF.ext; a .BTF.ext without .BTF is an error.
 */
int btf_obj__load_ext(struct elf_obj *obj, const struct btf *btf, struct btf_ext **extp);

/* Replace .BTF with @btf's raw bytes. */
int btf_obj__store(struct elf_obj *obj, const struct btf *btf);

/*
 * Replace .BTF.ext with @ext, and move (or drop) the entries of .rel.BTF.ext
 * that pointed into records that moved (or were dropped). An @ext without
 * records removes .BTF.ext and .rel.BTF.ext from the object.
 */
int btf_obj__store_ext(struct elf_obj *obj, struct btf_ext *ext);

#endif /* __BPFCC_BTF_OBJ_H */
