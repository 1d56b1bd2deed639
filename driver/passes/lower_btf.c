// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * lower_btf.c - make .BTF and .BTF.ext acceptable to the target kernel.
 *
 * Kernels reject BTF kinds and flags newer than themselves
 * (docs/btf-lowering.md has the table and its sources), and every kernel
 * rejects one shape clang emits (a forward-declared enum of size 0).
 * libbpf rewrites a copy of the BTF at load time (bpf_object__sanitize_btf);
 * other loaders may not, so bpfcc does it in the object, for the oldest
 * kernel the user targets.
 *
 * Every replacement is in place and the same size as what it replaces, so
 * type ids, the byte layout of the type section (which .rel.BTF points
 * into) and every string offset stay valid. New things are only appended:
 * strings (sanitized names; the input's strings are never edited, as other
 * records may share them) and a few INT types (ids after the last one).
 * Each appended INT is first looked up, so no type is duplicated.
 *
 * What the replacements keep: names and sizes wherever the kernel can hold
 * them (a DATASEC becomes a struct whose members are its variables at their
 * offsets; a bitfield member gets an INT of its width), so the verifier
 * still sees the same layouts.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "common/diag.h"
#include "obj/btf_obj.h"
#include "obj/core_relo.h"
#include "passes/pass.h"

/* First kernel that accepts each feature; docs/btf-lowering.md cites them. */
#define KV_FUNC			BPFCC_KVER(5, 0)	/* FUNC, FUNC_PROTO, func/line info */
#define KV_KFLAG_COMPOSITE	BPFCC_KVER(5, 0)	/* kflag on STRUCT/UNION/FWD */
#define KV_DATASEC		BPFCC_KVER(5, 2)	/* VAR, DATASEC */
#define KV_FUNC_LINKAGE		BPFCC_KVER(5, 6)	/* FUNC static/global/extern */
#define KV_FLOAT		BPFCC_KVER(5, 13)
#define KV_DECL_TAG		BPFCC_KVER(5, 16)
#define KV_TYPE_TAG		BPFCC_KVER(5, 17)
#define KV_ENUM64		BPFCC_KVER(6, 0)	/* ENUM64 and signed enums (kflag) */
#define KV_TAG_KFLAG		BPFCC_KVER(6, 15)	/* kflag=1 decl/type tags */

/* linux/btf.h has no encoder for an INT's extra word. */
#define INT_ENC(encoding, offset, bits) ((encoding) << 24 | (offset) << 16 | (bits))

#define KSYM_NAME_LEN 128	/* kernels' identifier length limit (6.1) */
#define MAPS_SEC ".maps"

enum lowering {
	L_FUNC_PROTO,
	L_FUNC,
	L_KFLAG_COMPOSITE,
	L_KFLAG_FWD,
	L_VAR,
	L_DATASEC,
	L_LINKAGE,
	L_FLOAT,
	L_DECL_TAG,
	L_TYPE_TAG,
	L_ENUM_SIGN,
	L_ENUM64,
	L_ENUM_FWD,
	L_VOID,
	L_FUNC_INFO,
	L_CNT,
};

static const char *const lowering_what[L_CNT] = {
	[L_FUNC_PROTO] = "FUNC_PROTO -> ENUM",
	[L_FUNC] = "FUNC -> TYPEDEF",
	[L_KFLAG_COMPOSITE] = "STRUCT/UNION bitfield encoding (kind_flag) -> INT-typed bitfields",
	[L_KFLAG_FWD] = "FWD kind_flag (union) -> cleared",
	[L_VAR] = "VAR -> INT",
	[L_DATASEC] = "DATASEC -> STRUCT",
	[L_LINKAGE] = "FUNC global/extern linkage -> static",
	[L_FLOAT] = "FLOAT -> empty STRUCT of the same size",
	[L_DECL_TAG] = "DECL_TAG -> INT",
	[L_TYPE_TAG] = "TYPE_TAG -> CONST",
	[L_ENUM_SIGN] = "signed ENUM (kind_flag) -> cleared",
	[L_ENUM64] = "ENUM64 -> UNION",
	[L_ENUM_FWD] = "forward-declared ENUM of size 0 -> size 4",
	[L_VOID] = "void (_Atomic) member or VAR -> ARRAY of unsigned char of its size",
	[L_FUNC_INFO] = ".BTF.ext func_info and line_info -> dropped",
};

struct lower {
	struct pass_ctx *ctx;
	struct btf *btf;
	const char *path;
	unsigned int kver;
	__u32 orig_cnt;		/* types before we appended any */
	__u8 *orig_kind;	/* kind of each original type, before lowering */
	bool *keep;		/* types left as they are (.maps DATASEC, its VARs) */
	__u32 enum64_placeholder;
	unsigned int count[L_CNT];
};

static struct btf_type *type_at(struct lower *l, __u32 id)
{
	/* libbpf's own sanitizer edits types through these pointers too. */
	return (struct btf_type *)btf__type_by_id(l->btf, id);
}

static __u32 info_enc(unsigned int kind, bool kflag, unsigned int vlen)
{
	return (kflag ? 1u << 31 : 0) | (kind & 0x1f) << 24 | (vlen & 0xffff);
}

static bool ident_char(char c, bool first)
{
	return c == '_' || (first ? isalpha((unsigned char)c) : isalnum((unsigned char)c));
}

/* The kernel's rule for type, member and enumerator names. */
static bool valid_ident(const char *s)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (!ident_char(s[i], i == 0) || i + 1 >= KSYM_NAME_LEN)
			return false;
	return i > 0;
}

/*
 * A string offset naming @off's string as a valid identifier: @off itself
 * when it is one, else a new string with each other character made '_'
 * (".data" -> "_data"; "" -> "_"). Negative errno on failure.
 */
static long ident_off(struct lower *l, __u32 off)
{
	const char *s = btf__name_by_offset(l->btf, off);
	char buf[KSYM_NAME_LEN];
	size_t i, n = 0;
	int ret;

	if (s && valid_ident(s))
		return off;
	if (s && isdigit((unsigned char)s[0]))
		buf[n++] = '_';
	for (i = 0; s && s[i] && n + 1 < sizeof(buf); i++, n++)
		buf[n] = ident_char(s[i], n == 0) ? s[i] : '_';
	if (!n)
		buf[n++] = '_';
	buf[n] = 0;
	ret = btf__add_str(l->btf, buf);
	if (ret < 0)
		diag__error("%s: .BTF: cannot add a string: %s", l->path, strerror(-ret));
	return ret;
}

/* An INT with this name, size, encoding and width: found, or appended. */
static long find_or_add_int(struct lower *l, const char *name, __u32 size, __u32 enc,
			    __u32 bits)
{
	__u32 id, want = INT_ENC(enc, 0, bits), cnt = btf__type_cnt(l->btf);
	char copy[KSYM_NAME_LEN];
	struct btf_type *t;
	int ret;

	for (id = 1; id < cnt; id++) {
		t = type_at(l, id);
		if (btf_is_int(t) && !btf_kflag(t) && t->size == size &&
		    *(__u32 *)(t + 1) == want && !strcmp(btf__name_by_offset(l->btf, t->name_off), name))
			return id;
	}
	/* @name may point into the string table, which the add reallocates. */
	snprintf(copy, sizeof(copy), "%s", name);
	ret = btf__add_int(l->btf, copy, (size_t)size, (int)enc);
	if (ret < 0) {
		diag__error("%s: .BTF: cannot add INT '%s': %s", l->path, name, strerror(-ret));
		return ret;
	}
	*(__u32 *)(type_at(l, ret) + 1) = want;
	return ret;
}

/* An ARRAY of @bytes unsigned chars: found, or appended. */
static long byte_array(struct lower *l, __u32 bytes)
{
	long elem = find_or_add_int(l, "unsigned char", 1, 0, 8), index;
	__u32 id, cnt;
	int ret;

	if (elem < 0)
		return elem;
	index = find_or_add_int(l, "__ARRAY_SIZE_TYPE__", 4, 0, 32);
	if (index < 0)
		return index;
	cnt = btf__type_cnt(l->btf);
	for (id = 1; id < cnt; id++) {
		const struct btf_type *t = type_at(l, id);

		if (btf_is_array(t) && btf_array(t)->type == (__u32)elem &&
		    btf_array(t)->index_type == (__u32)index && btf_array(t)->nelems == bytes)
			return id;
	}
	ret = btf__add_array(l->btf, (int)index, (int)elem, bytes);
	if (ret < 0)
		diag__error("%s: .BTF: cannot add an ARRAY: %s", l->path, strerror(-ret));
	return ret;
}

/*
 * clang writes an _Atomic member with type id 0 (void), which no kernel
 * accepts ("Invalid type_id"): it gets an array of unsigned char as large
 * as the member's extent (up to the next member), so the layout stays.
 * The reader (BTF_OBJ_VOID_MEMBERS) took only members with such an extent.
 */
static int lower_void_members(struct lower *l, __u32 id)
{
	unsigned int i, vlen = btf_vlen(type_at(l, id));
	long arr;

	for (i = 0; i < vlen; i++) {
		if (btf_members(type_at(l, id))[i].type)
			continue;
		arr = byte_array(l, btf_obj__void_member_bytes(type_at(l, id), i));
		if (arr < 0)
			return (int)arr;
		btf_members(type_at(l, id))[i].type = (__u32)arr;
		l->count[L_VOID]++;
	}
	return 0;
}

/* The same for _Atomic variables: their DATASEC entry has the size. */
static int lower_void_vars(struct lower *l)
{
	unsigned int i;
	__u32 id, var;
	long arr;

	for (id = 1; id < l->orig_cnt; id++) {
		if (!btf_is_datasec(type_at(l, id)))
			continue;
		for (i = 0; i < btf_vlen(type_at(l, id)); i++) {
			const struct btf_var_secinfo *v = btf_var_secinfos(type_at(l, id)) + i;

			var = v->type;
			if (!btf_is_var(type_at(l, var)) || type_at(l, var)->type || !v->size)
				continue;
			arr = byte_array(l, v->size);
			if (arr < 0)
				return (int)arr;
			type_at(l, var)->type = (__u32)arr;
			l->count[L_VOID]++;
		}
	}
	return 0;
}

static const struct btf_type *skip_mods(struct lower *l, __u32 id)
{
	const struct btf_type *t = type_at(l, id);

	while (btf_is_mod(t) || btf_is_typedef(t))
		t = type_at(l, t->type);
	return t;
}

/* kernels < 5.0: bitfields as INT types of the bitfield's width. */
static long bitfield_int(struct lower *l, __u32 member_type, __u32 bits)
{
	const struct btf_type *u = skip_mods(l, member_type);
	const char *name = btf__name_by_offset(l->btf, u->name_off);
	__u32 enc = 0;

	if (btf_is_int(u))
		enc = BTF_INT_ENCODING(*(const __u32 *)(u + 1));
	else if (btf_is_any_enum(u) && btf_kflag(u))
		enc = BTF_INT_SIGNED;
	if (!btf_is_int(u) && !btf_is_any_enum(u)) {
		diag__error("%s: .BTF: bitfield of %s type cannot be lowered", l->path,
			    btf_is_composite(u) ? "composite" : "non-integer");
		return -EINVAL;
	}
	return find_or_add_int(l, name && *name ? name : "__bpfcc_bitfield", u->size, enc, bits);
}

static int lower_composite_kflag(struct lower *l, __u32 id)
{
	unsigned int i, vlen = btf_vlen(type_at(l, id));

	for (i = 0; i < vlen; i++) {
		struct btf_member *m = btf_members(type_at(l, id)) + i;
		__u32 bit_off = BTF_MEMBER_BIT_OFFSET(m->offset);
		__u32 bits = BTF_MEMBER_BITFIELD_SIZE(m->offset);
		long int_id;

		if (bits) {
			int_id = bitfield_int(l, m->type, bits);
			if (int_id < 0)
				return (int)int_id;
			m = btf_members(type_at(l, id)) + i;	/* the add may move types */
			m->type = (__u32)int_id;
		}
		m->offset = bit_off;
	}
	type_at(l, id)->info = info_enc(btf_kind(type_at(l, id)), false, vlen);
	l->count[L_KFLAG_COMPOSITE]++;
	return 0;
}

static int lower_func_proto(struct lower *l, __u32 id)
{
	unsigned int i, vlen = btf_vlen(type_at(l, id));
	long off;

	/* Enumerators must be identifiers: unnamed and "..." parameters get one. */
	for (i = 0; i < vlen; i++) {
		off = ident_off(l, btf_params(type_at(l, id))[i].name_off);
		if (off < 0)
			return (int)off;
		btf_params(type_at(l, id))[i].name_off = (__u32)off;
	}
	type_at(l, id)->info = info_enc(BTF_KIND_ENUM, false, vlen);
	type_at(l, id)->size = 4;	/* kernels before 5.1 require 4 */
	l->count[L_FUNC_PROTO]++;
	return 0;
}

static int lower_name_to_ident(struct lower *l, __u32 id)
{
	long off = ident_off(l, type_at(l, id)->name_off);

	if (off < 0)
		return (int)off;
	type_at(l, id)->name_off = (__u32)off;
	return 0;
}

static void lower_to_byte_int(struct lower *l, __u32 id)
{
	struct btf_type *t = type_at(l, id);

	/* 1 byte: never larger than what it replaces (libbpf's choice). */
	t->info = info_enc(BTF_KIND_INT, false, 0);
	t->size = 1;
	*(__u32 *)(t + 1) = INT_ENC(0, 0, 8);
}

/* The symbol for variable @name in ELF section @sec: its offset there. */
static int var_offset(struct lower *l, const struct elf_obj_sec *sec, const char *name,
		      __u32 *off)
{
	size_t i, n = elf_obj__symbol_cnt(l->ctx->obj);

	for (i = 1; i < n; i++) {
		const char *sym_name;
		GElf_Sym sym;

		if (elf_obj__symbol(l->ctx->obj, i, &sym, &sym_name) || sym.st_shndx != sec->index ||
		    GELF_ST_TYPE(sym.st_info) != STT_OBJECT || strcmp(sym_name, name))
			continue;
		if (sym.st_value > sec->size) {
			diag__error("%s: symbol '%s' is past the end of section '%s'", l->path, name,
				    sec->name);
			return -EINVAL;
		}
		*off = (__u32)sym.st_value;
		return 0;
	}
	diag__error("%s: .BTF: DATASEC '%s': variable '%s' has no symbol in that section", l->path,
		    sec->name, name);
	return -EINVAL;
}

struct datasec_var {
	__u32 name_off, type, offset;
};

static int var_cmp(const void *a, const void *b)
{
	const struct datasec_var *x = a, *y = b;

	return x->offset < y->offset ? -1 : x->offset > y->offset;
}

/*
 * kernels < 5.2: DATASEC -> STRUCT of its variables. clang leaves DATASEC
 * sizes and offsets 0 (the loader fills them from the symbol table); a
 * struct needs the real ones, so take them from the ELF section and
 * symbols, as libbpf does at load time.
 */
static int lower_datasec(struct lower *l, __u32 id)
{
	const char *name = btf__name_by_offset(l->btf, type_at(l, id)->name_off);
	struct elf_obj_sec *sec = elf_obj__section_by_name(l->ctx->obj, name);
	unsigned int i, vlen = btf_vlen(type_at(l, id));
	struct datasec_var *vars;
	long off;
	int err = 0;

	if (!sec) {
		diag__error("%s: DATASEC '%s' (extern variables) cannot be lowered for Linux %u.%u: "
			    "global data needs 5.2", l->path, name, l->kver >> 16,
			    (l->kver >> 8) & 0xff);
		return -ENOTSUP;
	}
	vars = calloc(vlen + 1, sizeof(*vars));
	if (!vars)
		return -ENOMEM;
	for (i = 0; i < vlen && !err; i++) {
		const struct btf_var_secinfo *v = btf_var_secinfos(type_at(l, id)) + i;
		const struct btf_type *var = type_at(l, v->type);

		vars[i].type = v->type;
		err = var_offset(l, sec, btf__name_by_offset(l->btf, var->name_off), &vars[i].offset);
		off = err ? 0 : ident_off(l, type_at(l, vars[i].type)->name_off);
		if (off < 0)
			err = (int)off;
		vars[i].name_off = (__u32)off;
	}
	off = err ? 0 : ident_off(l, type_at(l, id)->name_off);
	if (off < 0)
		err = (int)off;
	if (!err) {
		/* Kernels want members in offset order. */
		qsort(vars, vlen, sizeof(*vars), var_cmp);
		for (i = 0; i < vlen; i++) {
			struct btf_member *m = btf_members(type_at(l, id)) + i;

			m->name_off = vars[i].name_off;
			m->type = vars[i].type;
			m->offset = vars[i].offset * 8;
		}
		type_at(l, id)->name_off = (__u32)off;
		type_at(l, id)->info = info_enc(BTF_KIND_STRUCT, false, vlen);
		type_at(l, id)->size = (__u32)sec->size;
		l->count[L_DATASEC]++;
	}
	free(vars);
	return err;
}

static long enum64_placeholder(struct lower *l)
{
	long id;

	if (l->enum64_placeholder)
		return l->enum64_placeholder;
	id = find_or_add_int(l, "enum64_placeholder", 1, 0, 8);
	if (id > 0)
		l->enum64_placeholder = (__u32)id;
	return id;
}

/* kernels < 6.0: ENUM64 -> UNION of 1-byte members named like the enumerators. */
static int lower_enum64(struct lower *l, __u32 id)
{
	unsigned int i, vlen = btf_vlen(type_at(l, id));
	long ph = enum64_placeholder(l), off;

	if (ph < 0)
		return (int)ph;
	for (i = 0; i < vlen; i++) {
		off = ident_off(l, btf_enum64(type_at(l, id))[i].name_off);
		if (off < 0)
			return (int)off;
		/* struct btf_enum64 and struct btf_member are both 12 bytes */
		btf_members(type_at(l, id))[i] = (struct btf_member){
			.name_off = (__u32)off, .type = (__u32)ph, .offset = 0,
		};
	}
	type_at(l, id)->info = info_enc(BTF_KIND_UNION, false, vlen);
	l->count[L_ENUM64]++;
	return 0;
}

/* Which DATASECs (and their VARs) stay: loaders parse ".maps" themselves. */
static void mark_kept(struct lower *l)
{
	__u32 id;
	unsigned int i;

	for (id = 1; id < l->orig_cnt; id++) {
		const struct btf_type *t = type_at(l, id);

		if (!btf_is_datasec(t) || strcmp(btf__name_by_offset(l->btf, t->name_off), MAPS_SEC))
			continue;
		l->keep[id] = true;
		for (i = 0; i < btf_vlen(t); i++)
			l->keep[btf_var_secinfos(t)[i].type] = true;
		diag__warning("%s: DATASEC '%s' kept for Linux %u.%u: loaders read BTF-defined maps "
			      "from it; on kernels before 5.2 they must sanitize or drop .BTF "
			      "(libbpf does)", l->path, MAPS_SEC, l->kver >> 16, (l->kver >> 8) & 0xff);
	}
}

static bool tag_kflag_too_new(const struct lower *l, const struct btf_type *t)
{
	return btf_kflag(t) && l->kver < KV_TAG_KFLAG;
}

/* Lower one original type; kinds are read before anything changed it. */
static int lower_type(struct lower *l, __u32 id)
{
	const struct btf_type *t = type_at(l, id);

	if (l->keep[id])
		return 0;
	switch (btf_kind(t)) {
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION: {
		int err = lower_void_members(l, id);

		if (err)
			return err;
		t = type_at(l, id);	/* the add may move types */
		return btf_kflag(t) && l->kver < KV_KFLAG_COMPOSITE ? lower_composite_kflag(l, id) : 0;
	}
	case BTF_KIND_FWD:
		if (btf_kflag(t) && l->kver < KV_KFLAG_COMPOSITE) {
			type_at(l, id)->info = info_enc(BTF_KIND_FWD, false, 0);
			l->count[L_KFLAG_FWD]++;
		}
		return 0;
	case BTF_KIND_FUNC_PROTO:
		return l->kver < KV_FUNC ? lower_func_proto(l, id) : 0;
	case BTF_KIND_FUNC:
		if (l->kver < KV_FUNC) {
			type_at(l, id)->info = info_enc(BTF_KIND_TYPEDEF, false, 0);
			l->count[L_FUNC]++;
			return lower_name_to_ident(l, id);
		}
		if (btf_vlen(t) && l->kver < KV_FUNC_LINKAGE) {
			type_at(l, id)->info = info_enc(BTF_KIND_FUNC, false, 0);
			l->count[L_LINKAGE]++;
		}
		return 0;
	case BTF_KIND_VAR:
		if (l->kver < KV_DATASEC) {
			lower_to_byte_int(l, id);
			l->count[L_VAR]++;
		}
		return 0;
	case BTF_KIND_DATASEC:
		return l->kver < KV_DATASEC ? lower_datasec(l, id) : 0;
	case BTF_KIND_FLOAT:
		if (l->kver < KV_FLOAT) {
			/* A C compiler would not take "float" as a struct name. */
			type_at(l, id)->name_off = 0;
			type_at(l, id)->info = info_enc(BTF_KIND_STRUCT, false, 0);
			l->count[L_FLOAT]++;
		}
		return 0;
	case BTF_KIND_DECL_TAG:
		if (l->kver < KV_DECL_TAG || tag_kflag_too_new(l, t)) {
			lower_to_byte_int(l, id);
			l->count[L_DECL_TAG]++;
		}
		return 0;
	case BTF_KIND_TYPE_TAG:
		if (l->kver < KV_TYPE_TAG || tag_kflag_too_new(l, t)) {
			type_at(l, id)->name_off = 0;
			type_at(l, id)->info = info_enc(BTF_KIND_CONST, false, 0);
			l->count[L_TYPE_TAG]++;
		}
		return 0;
	case BTF_KIND_ENUM:
		if (btf_kflag(t) && l->kver < KV_ENUM64) {
			type_at(l, id)->info = info_enc(BTF_KIND_ENUM, false, btf_vlen(t));
			l->count[L_ENUM_SIGN]++;
		}
		/*
		 * clang gives `enum Z;` size 0, which no kernel accepts
		 * (btf_enum_check_meta: "Unexpected size"). libbpf and pahole
		 * write a forward enum as an int-sized ENUM without values
		 * (btf__add_fwd(BTF_FWD_ENUM)): so does bpfcc, for any target.
		 */
		if (t->size == 0 && btf_vlen(t) == 0) {
			type_at(l, id)->size = 4;
			l->count[L_ENUM_FWD]++;
		}
		return 0;
	case BTF_KIND_ENUM64:
		return l->kver < KV_ENUM64 ? lower_enum64(l, id) : 0;
	default:
		return 0;
	}
}

/*
 * CO-RE relocations are resolved by the loader against the object's own
 * (now lowered) BTF. A relocation whose root type changed kind, or whose
 * accessed field's type did, would resolve differently: refuse it.
 */
static int check_core_type(struct lower *l, const struct btf_ext_block *b,
			   const struct btf_ext_core_relo *r, __u32 id)
{
	const struct btf_type *t = type_at(l, id);

	if (id >= l->orig_cnt || btf_kind(t) == l->orig_kind[id])
		return 0;
	diag__error("%s: CO-RE relocation in section '%s' at instruction %u uses type [%u] '%s', "
		    "which Linux %u.%u cannot represent: it would no longer relocate",
		    l->path, btf__name_by_offset(l->btf, b->sec_name_off), r->insn_off / 8, id,
		    btf__name_by_offset(l->btf, t->name_off), l->kver >> 16, (l->kver >> 8) & 0xff);
	return -ENOTSUP;
}

static __u32 strip_mods_id(struct lower *l, __u32 id)
{
	const struct btf_type *t = type_at(l, id);

	while (btf_is_mod(t) || btf_is_typedef(t)) {
		id = t->type;
		t = type_at(l, id);
	}
	return id;
}

/* The type at the end of a field relocation's access path (mods skipped). */
static __u32 field_type(struct lower *l, const struct btf_ext_core_relo *r)
{
	const char *s = btf__name_by_offset(l->btf, r->access_str_off);
	__u32 id = strip_mods_id(l, r->type_id);
	bool first = true;

	/* The path was checked when .BTF.ext was loaded; walk it again. */
	while (s && *s) {
		char *end;
		unsigned long idx = strtoul(s, &end, 10);
		const struct btf_type *t = type_at(l, id);

		s = *end == ':' ? end + 1 : end;
		if (first) {
			first = false;
			continue;
		}
		if (btf_is_composite(t) && idx < btf_vlen(t))
			id = strip_mods_id(l, btf_members(t)[idx].type);
		else if (btf_is_array(t))
			id = strip_mods_id(l, btf_array(t)->type);
		else
			break;
	}
	return id;
}

static int check_core_relos(struct lower *l)
{
	const struct btf_ext_info *info;
	size_t i, k;
	int err;

	if (!l->ctx->ext)
		return 0;
	info = &l->ctx->ext->info[BTF_EXT_CORE_RELO];
	for (i = 0; i < info->blk_cnt; i++) {
		const struct btf_ext_block *b = &info->blks[i];

		for (k = 0; k < b->num_info; k++) {
			struct btf_ext_core_relo r;

			btf_ext__core_relo(l->ctx->ext, b, k, &r);
			err = check_core_type(l, b, &r, strip_mods_id(l, r.type_id));
			if (!err && core_relo__is_field_kind(r.kind))
				err = check_core_type(l, b, &r, field_type(l, &r));
			if (err)
				return err;
		}
	}
	return 0;
}

static void lower_ext(struct lower *l)
{
	struct btf_ext *ext = l->ctx->ext;

	/*
	 * Kernels < 5.0 take no func_info/line_info, and the FUNCs these name
	 * are TYPEDEFs now: newer kernels would reject them. Drop both, as
	 * libbpf does when the kernel lacks BTF_FUNC; CO-RE records stay.
	 */
	if (!ext || l->kver >= KV_FUNC)
		return;
	if (ext->info[BTF_EXT_FUNC_INFO].blk_cnt || ext->info[BTF_EXT_LINE_INFO].blk_cnt)
		l->count[L_FUNC_INFO]++;
	btf_ext__drop(ext, BTF_EXT_FUNC_INFO);
	btf_ext__drop(ext, BTF_EXT_LINE_INFO);
	l->ctx->ext_changed = true;
}

static void report(const struct lower *l)
{
	int i;

	if (!l->ctx->opts->remark_lower_btf)
		return;
	for (i = 0; i < L_CNT; i++)
		if (l->count[i])
			diag__remark("%s: lowered for Linux %u.%u: %s (%u)", l->path, l->kver >> 16,
				     (l->kver >> 8) & 0xff, lowering_what[i], l->count[i]);
}

int lower_btf__run(struct pass_ctx *ctx)
{
	struct lower l = {
		.ctx = ctx,
		.btf = ctx->btf,
		.path = elf_obj__path(ctx->obj),
		.kver = ctx->opts->target_kver,
	};
	__u32 id;
	int err = 0;

	if (!l.btf)
		return 0;
	l.orig_cnt = btf__type_cnt(l.btf);
	l.orig_kind = calloc(l.orig_cnt, 1);
	l.keep = calloc(l.orig_cnt, sizeof(*l.keep));
	if (!l.orig_kind || !l.keep) {
		err = -ENOMEM;
		diag__error("%s: out of memory", l.path);
		goto out;
	}
	for (id = 1; id < l.orig_cnt; id++)
		l.orig_kind[id] = (__u8)btf_kind(type_at(&l, id));
	if (l.kver < KV_DATASEC)
		mark_kept(&l);
	err = lower_void_vars(&l);
	for (id = 1; id < l.orig_cnt && !err; id++)
		err = lower_type(&l, id);
	if (!err)
		err = check_core_relos(&l);
	if (err)
		goto out;
	lower_ext(&l);
	for (id = 0; id < L_CNT; id++)
		if (l.count[id] && id != L_FUNC_INFO)
			ctx->btf_changed = true;
	if (btf__type_cnt(l.btf) != l.orig_cnt)
		ctx->btf_changed = true;
	report(&l);
out:
	free(l.orig_kind);
	free(l.keep);
	return err;
}
