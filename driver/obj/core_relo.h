/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * core_relo.h - CO-RE relocation records, made readable.
 *
 * A record names a root type and an access string ("0:1:3"): the first
 * index steps over the root pointer (p[0]), each next one picks a member of
 * a struct/union or an element of an array; for enum-value kinds the one
 * index picks an enumerator; type kinds have the access string "0". The
 * semantics follow libbpf's bpf_core_parse_spec().
 */
#ifndef __BPFCC_CORE_RELO_H
#define __BPFCC_CORE_RELO_H

#include <stddef.h>
#include <stdint.h>

#include "obj/btf_ext.h"

struct btf;

/* enum bpf_core_relo_kind, spelled like its enumerators in lower case. */
enum core_relo_kind {
	CORE_FIELD_BYTE_OFFSET = 0,
	CORE_FIELD_BYTE_SIZE = 1,
	CORE_FIELD_EXISTS = 2,
	CORE_FIELD_SIGNED = 3,
	CORE_FIELD_LSHIFT_U64 = 4,
	CORE_FIELD_RSHIFT_U64 = 5,
	CORE_TYPE_ID_LOCAL = 6,
	CORE_TYPE_ID_TARGET = 7,
	CORE_TYPE_EXISTS = 8,
	CORE_TYPE_SIZE = 9,
	CORE_ENUMVAL_EXISTS = 10,
	CORE_ENUMVAL_VALUE = 11,
	CORE_TYPE_MATCHES = 12,
};

/* "field_byte_offset", ...; NULL for a kind we don't know. */
const char *core_relo__kind_name(uint32_t kind);
int core_relo__is_field_kind(uint32_t kind);
int core_relo__is_type_kind(uint32_t kind);
int core_relo__is_enumval_kind(uint32_t kind);

/*
 * Write the path record @r resolves to into @buf: "task_struct::se.vruntime",
 * "arr[2]::a[3]" (first index shown when not 0), "e::VAL" for enum values,
 * the type's name for type kinds ("<anon>" for anonymous types). On a bad
 * record returns -EINVAL and writes the reason into @buf instead.
 */
int core_relo__path(const struct btf *btf, const struct btf_ext_core_relo *r, char *buf,
		    size_t size);

#endif /* __BPFCC_CORE_RELO_H */
