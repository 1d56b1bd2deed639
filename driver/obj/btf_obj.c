// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* btf_obj.c - .BTF and .BTF.ext of an object: load, check, store. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "common/diag.h"
#include "obj/btf_obj.h"

/*
 * libbpf explains why btf__new() failed only through its print callback;
 * keep its last message so our one error line can say it.
 */
static char libbpf_last_msg[256];

static int capture_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	size_t n;

	vsnprintf(libbpf_last_msg, sizeof(libbpf_last_msg), fmt, ap);
	n = strlen(libbpf_last_msg);
	while (n && (libbpf_last_msg[n - 1] == '\n' || libbpf_last_msg[n - 1] == ' '))
		libbpf_last_msg[--n] = 0;
	return 0;
}

__attribute__((format(printf, 3, 4))) static int btf_err(const struct elf_obj *obj, int err,
							 const char *fmt, ...)
{
	char what[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	diag__error("%s: .BTF: %s", elf_obj__path(obj), what);
	return err;
}

static const char *kind_str(const struct btf_type *t)
{
	static const char *const names[] = {
		"UNKNOWN", "INT", "PTR", "ARRAY", "STRUCT", "UNION", "ENUM", "FWD", "TYPEDEF",
		"VOLATILE", "CONST", "RESTRICT", "FUNC", "FUNC_PROTO", "VAR", "DATASEC", "FLOAT",
		"DECL_TAG", "TYPE_TAG", "ENUM64",
	};
	unsigned int k = btf_kind(t);

	return k < sizeof(names) / sizeof(names[0]) ? names[k] : "UNKNOWN";
}

/*
 * Type references a type printer follows without passing through a
 * struct or union (which break cycles: members are printed by name).
 */
static unsigned int ref_cnt(const struct btf_type *t)
{
	switch (btf_kind(t)) {
	case BTF_KIND_PTR:
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_FUNC:
	case BTF_KIND_VAR:
	case BTF_KIND_TYPE_TAG:
	case BTF_KIND_DECL_TAG:
		return 1;
	case BTF_KIND_ARRAY:
		return 2;
	case BTF_KIND_FUNC_PROTO:
		return 1 + btf_vlen(t);
	case BTF_KIND_DATASEC:
		return btf_vlen(t);
	default:
		return 0;
	}
}

static __u32 ref_at(const struct btf_type *t, unsigned int i)
{
	switch (btf_kind(t)) {
	case BTF_KIND_ARRAY:
		return i ? btf_array(t)->index_type : btf_array(t)->type;
	case BTF_KIND_FUNC_PROTO:
		return i ? btf_params(t)[i - 1].type : t->type;
	case BTF_KIND_DATASEC:
		return btf_var_secinfos(t)[i].type;
	default:
		return t->type;
	}
}

static int check_member_refs(const struct elf_obj *obj, const struct btf *btf, __u32 id,
			     const struct btf_type *t)
{
	__u32 cnt = btf__type_cnt(btf);
	const char *what = NULL;
	__u32 name_off = 0, ref = 0;
	unsigned int i;

	for (i = 0; i < btf_vlen(t) && !what; i++) {
		switch (btf_kind(t)) {
		case BTF_KIND_STRUCT:
		case BTF_KIND_UNION:
			name_off = btf_members(t)[i].name_off;
			ref = btf_members(t)[i].type;
			break;
		case BTF_KIND_FUNC_PROTO:
			name_off = btf_params(t)[i].name_off;
			break;
		case BTF_KIND_ENUM:
			name_off = btf_enum(t)[i].name_off;
			break;
		case BTF_KIND_ENUM64:
			name_off = btf_enum64(t)[i].name_off;
			break;
		default:
			return 0;
		}
		if (!btf__name_by_offset(btf, name_off))
			what = "name offset";
		else if (ref >= cnt)
			what = "type id";
	}
	if (!what)
		return 0;
	return btf_err(obj, -EINVAL, "type [%u] %s: member %u: %s %u is out of range", id,
		       kind_str(t), i - 1, what, !strcmp(what, "type id") ? ref : name_off);
}

static int check_type(const struct elf_obj *obj, const struct btf *btf, __u32 id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	__u32 cnt = btf__type_cnt(btf), ref;
	unsigned int i;

	if (!btf__name_by_offset(btf, t->name_off))
		return btf_err(obj, -EINVAL, "type [%u] %s: name offset %u is past the string table",
			       id, kind_str(t), t->name_off);
	for (i = 0; i < ref_cnt(t); i++) {
		ref = ref_at(t, i);
		if (ref >= cnt)
			return btf_err(obj, -EINVAL,
				       "type [%u] %s: referenced type id %u is not in .BTF (%u types)",
				       id, kind_str(t), ref, cnt - 1);
	}
	/*
	 * Sizes as the kernel's checks want them (btf_int_check_meta() and
	 * friends): libbpf 1.1 takes any, and its btf_dump divides by an
	 * alignment made from the size (fuzz-dump: an INT of size 0, SIGFPE).
	 */
	if (btf_is_int(t)) {
		__u32 bits = btf_int_bits(t), off = btf_int_offset(t);

		if (t->size != 1 && t->size != 2 && t->size != 4 && t->size != 8 && t->size != 16)
			return btf_err(obj, -EINVAL, "type [%u] INT: size %u is not 1, 2, 4, 8 or 16",
				       id, t->size);
		if (bits == 0 || off + bits > t->size * 8)
			return btf_err(obj, -EINVAL,
				       "type [%u] INT: %u bits at bit %u do not fit its %u bytes",
				       id, bits, off, t->size);
	}
	if (btf_is_float(t) && t->size != 2 && t->size != 4 && t->size != 8 && t->size != 12 &&
	    t->size != 16)
		return btf_err(obj, -EINVAL, "type [%u] FLOAT: size %u is not 2, 4, 8, 12 or 16",
			       id, t->size);
	/*
	 * clang emits a forward-declared enum (`enum Z;`) as an ENUM of size
	 * 0 without values: valid compiler output, which lowering turns into
	 * what kernels accept (lower_btf.c). With values, the size is real.
	 */
	if (btf_is_any_enum(t) && t->size != 1 && t->size != 2 && t->size != 4 && t->size != 8 &&
	    !(btf_is_enum(t) && t->size == 0 && btf_vlen(t) == 0))
		return btf_err(obj, -EINVAL, "type [%u] %s: size %u is not 1, 2, 4 or 8", id,
			       kind_str(t), t->size);
	if (btf_is_func(t) && !btf_is_func_proto(btf__type_by_id(btf, t->type)))
		return btf_err(obj, -EINVAL, "type [%u] FUNC: type [%u] is not a FUNC_PROTO", id,
			       t->type);
	/* Extern kfuncs (__ksym functions) are FUNC entries of DATASEC .ksyms. */
	if (btf_is_datasec(t))
		for (i = 0; i < btf_vlen(t); i++) {
			ref = btf_var_secinfos(t)[i].type;
			if (!btf_is_var(btf__type_by_id(btf, ref)) &&
			    !btf_is_func(btf__type_by_id(btf, ref)))
				return btf_err(obj, -EINVAL,
					       "type [%u] DATASEC: entry %u is neither a VAR nor a FUNC",
					       id, i);
		}
	return check_member_refs(obj, btf, id, t);
}

/*
 * Types a type holds by value: its members, its elements, what a typedef
 * or modifier names. Pointers and functions hold nothing. A cycle here is
 * a struct that contains itself, of infinite size; libbpf's btf__align_of()
 * recurses on it until the stack runs out (fuzz-dump).
 */
static unsigned int held_cnt(const struct btf_type *t)
{
	switch (btf_kind(t)) {
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		return btf_vlen(t);
	case BTF_KIND_ARRAY:
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_CONST:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		return 1;
	default:
		return 0;
	}
}

static __u32 held_at(const struct btf_type *t, unsigned int i)
{
	if (btf_is_composite(t))
		return btf_members(t)[i].type;
	return btf_is_array(t) ? btf_array(t)->type : t->type;
}

/* The edges of a type graph whose cycles are errors. */
struct type_edges {
	unsigned int (*cnt)(const struct btf_type *t);
	__u32 (*at)(const struct btf_type *t, unsigned int i);
	const char *cycle;	/* "reference cycle", "contains itself" */
};

static const struct type_edges refs_edges = { ref_cnt, ref_at, "reference cycle through" };
static const struct type_edges held_edges = { held_cnt, held_at, "contains itself through" };

/*
 * Reject cycles of @e: reference cycles that avoid structs and unions
 * (ptr -> ptr -> ...), or structs that hold themselves by value.
 * Iterative depth-first search, as BTF may hold a million types.
 */
struct dfs_frame {
	__u32 id;
	unsigned int next;
};

static int check_cycles(const struct elf_obj *obj, const struct btf *btf,
			const struct type_edges *e)
{
	__u32 cnt = btf__type_cnt(btf), root;
	unsigned char *color = calloc(cnt, 1); /* 0 new, 1 on stack, 2 done */
	struct dfs_frame *stack = malloc(cnt * sizeof(*stack));
	int err = 0;

	if (!color || !stack) {
		err = btf_err(obj, -ENOMEM, "out of memory");
		goto out;
	}
	for (root = 1; root < cnt && !err; root++) {
		size_t sp = 0;

		if (color[root])
			continue;
		stack[sp++] = (struct dfs_frame){ root, 0 };
		color[root] = 1;
		while (sp) {
			struct dfs_frame *f = &stack[sp - 1];
			const struct btf_type *t = btf__type_by_id(btf, f->id);
			__u32 next;

			if (f->next == e->cnt(t)) {
				color[f->id] = 2;
				sp--;
				continue;
			}
			next = e->at(t, f->next++);
			if (next == 0 || color[next] == 2)
				continue;
			if (color[next] == 1) {
				err = btf_err(obj, -EINVAL, "type [%u] %s: %s type [%u]", f->id,
					      kind_str(t), e->cycle, next);
				break;
			}
			color[next] = 1;
			stack[sp++] = (struct dfs_frame){ next, 0 };
		}
	}
out:
	free(color);
	free(stack);
	return err;
}

/*
 * Does @id have a size and an alignment? Members of structs and unions
 * must: libbpf's btf_dump (bpfcc-dump's C prototypes) divides by the
 * alignment, which it takes as 0 for void, functions and forward
 * declarations (fuzz-dump: SIGFPE). Called after check_cycles(), so the
 * walk ends. Bitfields must fit their type: lowering for kernels before
 * 4.20 turns each into an INT of that many bits (fuzz-pipeline: an INT of
 * 4 bytes and 41 bits, which the next reader rejects).
 */
static bool has_layout(const struct btf *btf, __u32 id)
{
	for (;;) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		switch (id ? btf_kind(t) : BTF_KIND_UNKN) {
		case BTF_KIND_TYPEDEF:
		case BTF_KIND_VOLATILE:
		case BTF_KIND_CONST:
		case BTF_KIND_RESTRICT:
		case BTF_KIND_TYPE_TAG:
			id = t->type;
			break;
		case BTF_KIND_ARRAY:
			id = btf_array(t)->type;
			break;
		case BTF_KIND_ENUM:
			/* A forward-declared enum (size 0) is incomplete. */
			return t->size != 0;
		case BTF_KIND_INT:
		case BTF_KIND_PTR:
		case BTF_KIND_STRUCT:
		case BTF_KIND_UNION:
		case BTF_KIND_ENUM64:
		case BTF_KIND_FLOAT:
			return true;
		default:
			return false;
		}
	}
}

__u32 btf_obj__void_member_bytes(const struct btf_type *t, unsigned int i)
{
	__u32 start = btf_member_bit_offset(t, i), end, off;
	unsigned int j;

	if (btf_member_bitfield_size(t, i) || start % 8 || t->size > UINT32_MAX / 8)
		return 0;
	end = t->size * 8;
	/* A union member spans the union; a struct member, up to the next. */
	for (j = 0; btf_is_struct(t) && j < btf_vlen(t); j++) {
		off = btf_member_bit_offset(t, j);
		if (off > start && off < end)
			end = off;
	}
	if (end <= start || (end - start) % 8)
		return 0;
	return (end - start) / 8;
}

static int check_member_layouts(const struct elf_obj *obj, const struct btf *btf,
				unsigned int flags)
{
	__u32 id;
	unsigned int i;

	for (id = 1; id < btf__type_cnt(btf); id++) {
		const struct btf_type *t = btf__type_by_id(btf, id);

		if (!btf_is_composite(t))
			continue;
		for (i = 0; i < btf_vlen(t); i++) {
			__u32 bits = btf_member_bitfield_size(t, i);
			__s64 size;

			if (!btf_members(t)[i].type && (flags & BTF_OBJ_VOID_MEMBERS) &&
			    btf_obj__void_member_bytes(t, i))
				continue;
			if (!has_layout(btf, btf_members(t)[i].type))
				return btf_err(obj, -EINVAL,
					       "type [%u] %s: member %u: type [%u] has no size (void, a function or a forward declaration)",
					       id, kind_str(t), i, btf_members(t)[i].type);
			size = btf__resolve_size(btf, btf_members(t)[i].type);
			if (bits && (size <= 0 || bits > (__u64)size * 8))
				return btf_err(obj, -EINVAL,
					       "type [%u] %s: member %u: a %u-bit bitfield of a %lld-byte type",
					       id, kind_str(t), i, bits, (long long)size);
		}
	}
	return 0;
}

int btf_obj__load(struct elf_obj *obj, struct btf **btfp, unsigned int flags)
{
	struct elf_obj_sec *sec = elf_obj__section_by_name(obj, BTF_ELF_SEC);
	libbpf_print_fn_t old;
	struct btf *btf;
	__u32 id;
	int err;

	*btfp = NULL;
	if (!sec)
		return 0;
	if (!sec->data || sec->size > UINT32_MAX)
		return btf_err(obj, -EINVAL, "section has no file bytes or is too large");
	libbpf_last_msg[0] = 0;
	old = libbpf_set_print(capture_print);
	btf = btf__new(sec->data, (__u32)sec->size);
	libbpf_set_print(old);
	err = libbpf_get_error(btf);
	if (err)
		return btf_err(obj, err < 0 ? err : -EINVAL, "invalid (%s)",
			       libbpf_last_msg[0] ? libbpf_last_msg : strerror(-err));
	for (id = 1; id < btf__type_cnt(btf); id++) {
		err = check_type(obj, btf, id);
		if (err)
			goto fail;
	}
	err = check_cycles(obj, btf, &refs_edges);
	if (!err)
		err = check_cycles(obj, btf, &held_edges);
	if (!err)
		err = check_member_layouts(obj, btf, flags);
	if (err)
		goto fail;
	*btfp = btf;
	return 0;
fail:
	btf__free(btf);
	return err;
}

/* Index of another section named like @sec (the first one), 0 if none. */
static size_t section_twin(struct elf_obj *obj, const struct elf_obj_sec *sec)
{
	size_t i;

	for (i = sec->index + 1; i < elf_obj__section_cnt(obj); i++)
		if (!strcmp(elf_obj__section(obj, i)->name, sec->name))
			return i;
	return 0;
}

/* Every block's instruction offsets fall inside the ELF section it names. */
static int check_ext_sections(struct elf_obj *obj, const struct btf *btf,
			      const struct btf_ext *ext)
{
	const struct btf_ext_info *info;
	size_t i, r;
	int k;

	for (k = 0; k < BTF_EXT_KIND_CNT; k++) {
		info = &ext->info[k];
		for (i = 0; i < info->blk_cnt; i++) {
			const struct btf_ext_block *b = &info->blks[i];
			const char *name = btf__name_by_offset(btf, b->sec_name_off);
			struct elf_obj_sec *sec = elf_obj__section_by_name(obj, name);

			if (!sec) {
				diag__error("%s: .BTF.ext: %s: section '%s' is not in the object",
					    elf_obj__path(obj), btf_ext_kind_names[k], name);
				return -EINVAL;
			}
			if (section_twin(obj, sec)) {
				diag__error("%s: .BTF.ext: %s: section name '%s' is ambiguous: sections %zu and %zu have it (offset %u)",
					    elf_obj__path(obj), btf_ext_kind_names[k], name, sec->index,
					    section_twin(obj, sec), b->orig_off - 8);
				return -EINVAL;
			}
			for (r = 0; r < b->num_info; r++) {
				uint32_t insn_off;

				memcpy(&insn_off, b->recs + r * info->rec_size, sizeof(insn_off));
				if (insn_off < sec->size)
					continue;
				diag__error("%s: .BTF.ext: %s: instruction offset %u is past the end of section '%s' (%zu bytes) (offset %zu)",
					    elf_obj__path(obj), btf_ext_kind_names[k], insn_off, name,
					    sec->size, b->orig_off + r * info->rec_size);
				return -EINVAL;
			}
		}
	}
	return 0;
}

int btf_obj__load_ext(struct elf_obj *obj, const struct btf *btf, struct btf_ext **extp)
{
	struct elf_obj_sec *sec = elf_obj__section_by_name(obj, BTF_EXT_ELF_SEC);
	struct btf_ext *ext;
	int err;

	*extp = NULL;
	if (!sec)
		return 0;
	if (!btf) {
		diag__error("%s: .BTF.ext: the object has no .BTF for it to refer to",
			    elf_obj__path(obj));
		return -EINVAL;
	}
	if (!sec->data) {
		diag__error("%s: .BTF.ext: section has no file bytes", elf_obj__path(obj));
		return -EINVAL;
	}
	err = btf_ext__parse(sec->data, sec->size, btf, elf_obj__path(obj), &ext);
	if (err)
		return err;
	err = check_ext_sections(obj, btf, ext);
	if (err) {
		btf_ext__free(ext);
		return err;
	}
	*extp = ext;
	return 0;
}

int btf_obj__store(struct elf_obj *obj, const struct btf *btf)
{
	struct elf_obj_sec *sec = elf_obj__section_by_name(obj, BTF_ELF_SEC);
	const void *raw;
	__u32 size;

	raw = btf__raw_data(btf, &size);
	if (!sec || !raw)
		return btf_err(obj, -EINVAL, "cannot store: %s", sec ? "out of memory" : "no section");
	return elf_obj__replace_section(obj, sec, raw, size);
}

/* Keep .rel.BTF.ext pointing at the same records after they moved. */
static int remap_ext_rels(struct elf_obj *obj, struct elf_obj_sec *ext_sec,
			  const struct btf_ext *ext)
{
	struct elf_obj_sec *rel = elf_obj__rel_section_for(obj, ext_sec);
	size_t i, n = 0, size;
	GElf_Rel *rels;
	void *buf;
	int err = 0;

	if (!rel)
		return 0;
	rels = calloc(elf_obj__rel_cnt(rel) + 1, sizeof(*rels));
	if (!rels)
		return -ENOMEM;
	for (i = 0; i < elf_obj__rel_cnt(rel); i++) {
		uint32_t new_off;

		elf_obj__rel(obj, rel, i, &rels[n]);
		if (rels[n].r_offset > UINT32_MAX)
			err = -ERANGE;
		else
			err = btf_ext__map_offset(ext, (uint32_t)rels[n].r_offset, &new_off);
		if (err == -ENOENT) {
			err = 0;	/* its record was dropped: so is it */
			continue;
		}
		if (err) {
			diag__error("%s: .rel.BTF.ext: relocation %zu (offset %llu) is not inside a .BTF.ext record",
				    elf_obj__path(obj), i, (unsigned long long)rels[n].r_offset);
			goto out;
		}
		rels[n++].r_offset = new_off;
	}
	buf = elf_obj__encode_rels(obj, rels, n, &size);
	err = buf ? elf_obj__replace_section_owned(obj, rel, buf, size) : -ENOMEM;
out:
	free(rels);
	return err;
}

/*
 * A .BTF.ext of nothing but its header (every record dropped, as for
 * kernels before 5.0) is not written at all: libbpf refuses one ("BTF.ext
 * has no data"), and then refuses the whole object when it needs BTF (for
 * BTF-defined maps, say). No record is left, so no relocation points into
 * it either: its .rel.BTF.ext goes too.
 */
static int remove_ext(struct elf_obj *obj, struct elf_obj_sec *sec)
{
	struct elf_obj_sec *rel = elf_obj__rel_section_for(obj, sec);
	int err = rel ? elf_obj__remove_section(obj, rel) : 0;

	return err ? err : elf_obj__remove_section(obj, sec);
}

int btf_obj__store_ext(struct elf_obj *obj, struct btf_ext *ext)
{
	struct elf_obj_sec *sec = elf_obj__section_by_name(obj, BTF_EXT_ELF_SEC);
	size_t size;
	void *data;
	int err;

	if (!sec)
		return -ENOENT;
	err = btf_ext__write(ext, &data, &size);
	if (err) {
		diag__error("%s: .BTF.ext: cannot write: %s", elf_obj__path(obj), strerror(-err));
		return err;
	}
	if (size == ext->hdr_len) {
		free(data);
		return remove_ext(obj, sec);
	}
	err = elf_obj__replace_section_owned(obj, sec, data, size);
	return err ? err : remap_ext_rels(obj, sec, ext);
}
