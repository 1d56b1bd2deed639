// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* core_relo.c - CO-RE relocation kinds and the paths their access strings name. */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <bpf/btf.h>

#include "obj/core_relo.h"

#define CORE_SPEC_MAX_LEN 64	/* libbpf's BPF_CORE_SPEC_MAX_LEN */

static const char *const kind_names[] = {
	[CORE_FIELD_BYTE_OFFSET] = "field_byte_offset",
	[CORE_FIELD_BYTE_SIZE] = "field_byte_size",
	[CORE_FIELD_EXISTS] = "field_exists",
	[CORE_FIELD_SIGNED] = "field_signed",
	[CORE_FIELD_LSHIFT_U64] = "field_lshift_u64",
	[CORE_FIELD_RSHIFT_U64] = "field_rshift_u64",
	[CORE_TYPE_ID_LOCAL] = "type_id_local",
	[CORE_TYPE_ID_TARGET] = "type_id_target",
	[CORE_TYPE_EXISTS] = "type_exists",
	[CORE_TYPE_SIZE] = "type_size",
	[CORE_ENUMVAL_EXISTS] = "enumval_exists",
	[CORE_ENUMVAL_VALUE] = "enumval_value",
	[CORE_TYPE_MATCHES] = "type_matches",
};

const char *core_relo__kind_name(uint32_t kind)
{
	return kind < sizeof(kind_names) / sizeof(kind_names[0]) ? kind_names[kind] : NULL;
}

int core_relo__is_field_kind(uint32_t kind)
{
	return kind <= CORE_FIELD_RSHIFT_U64;
}

int core_relo__is_type_kind(uint32_t kind)
{
	return (kind >= CORE_TYPE_ID_LOCAL && kind <= CORE_TYPE_SIZE) || kind == CORE_TYPE_MATCHES;
}

int core_relo__is_enumval_kind(uint32_t kind)
{
	return kind == CORE_ENUMVAL_EXISTS || kind == CORE_ENUMVAL_VALUE;
}

/* A bounded string builder: output is truncated, never overrun. */
struct sbuf {
	char *buf;
	size_t size, len;
};

__attribute__((format(printf, 2, 3))) static void sb_add(struct sbuf *sb, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (sb->len >= sb->size)
		return;
	va_start(ap, fmt);
	n = vsnprintf(sb->buf + sb->len, sb->size - sb->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		sb->len += (size_t)n;
}

__attribute__((format(printf, 2, 3))) static int sb_fail(struct sbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(sb->buf, sb->size, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static const char *type_name(const struct btf *btf, const struct btf_type *t)
{
	const char *s = btf__name_by_offset(btf, t->name_off);

	return s && *s ? s : "<anon>";
}

/* Skip modifiers and typedefs, as CO-RE does; BTF was checked for cycles. */
static const struct btf_type *skip_mods(const struct btf *btf, uint32_t id, uint32_t *res_id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);

	while (btf_is_mod(t) || btf_is_typedef(t)) {
		id = t->type;
		t = btf__type_by_id(btf, id);
	}
	if (res_id)
		*res_id = id;
	return t;
}

/* "0:1:22" -> {0, 1, 22}; libbpf's rules: digits, ':' between, not empty. */
static int parse_access(const char *s, uint32_t *spec, int *len)
{
	*len = 0;
	if (!*s)
		return -EINVAL;
	while (*s) {
		uint64_t v = 0;

		if (*s < '0' || *s > '9' || *len == CORE_SPEC_MAX_LEN)
			return -EINVAL;
		while (*s >= '0' && *s <= '9') {
			v = v * 10 + (uint64_t)(*s++ - '0');
			if (v > INT32_MAX)
				return -EINVAL;
		}
		spec[(*len)++] = (uint32_t)v;
		if (*s == ':') {
			if (!*++s)
				return -EINVAL;
		} else if (*s) {
			return -EINVAL;
		}
	}
	return 0;
}

static int enumval_path(const struct btf *btf, uint32_t root, const uint32_t *spec, int len,
			struct sbuf *sb)
{
	const struct btf_type *t = skip_mods(btf, root, NULL);
	uint32_t name_off;

	if (!btf_is_any_enum(t) || len != 1 || spec[0] >= btf_vlen(t))
		return sb_fail(sb, "access does not name an enumerator of [%u] %s", root,
			       type_name(btf, t));
	name_off = btf_is_enum(t) ? btf_enum(t)[spec[0]].name_off
				  : btf_enum64(t)[spec[0]].name_off;
	sb_add(sb, "%s::%s", type_name(btf, btf__type_by_id(btf, root)),
	       btf__name_by_offset(btf, name_off));
	return 0;
}

/* The element step: is this array the last member of its struct, with 0 elements? */
static bool flex_array(const struct btf_type *parent, uint32_t member_idx,
		       const struct btf_array *a)
{
	return parent && a->nelems == 0 && member_idx + 1 == btf_vlen(parent);
}

static int field_path(const struct btf *btf, uint32_t root, const uint32_t *spec, int len,
		      struct sbuf *sb)
{
	const struct btf_type *t, *parent = NULL;
	uint32_t id, parent_idx = 0;
	bool first = true;
	int i;

	sb_add(sb, "%s", type_name(btf, btf__type_by_id(btf, root)));
	if (spec[0])
		sb_add(sb, "[%u]", spec[0]);
	id = root;
	for (i = 1; i < len; i++) {
		t = skip_mods(btf, id, &id);
		if (btf_is_composite(t)) {
			const struct btf_member *m;

			if (spec[i] >= btf_vlen(t))
				return sb_fail(sb, "access index %d: member %u of [%u] %s (%u members)",
					       i, spec[i], id, type_name(btf, t), btf_vlen(t));
			m = btf_members(t) + spec[i];
			if (m->name_off) {
				sb_add(sb, "%s%s", first ? "::" : ".",
				       btf__name_by_offset(btf, m->name_off));
				first = false;
			}
			parent = t;
			parent_idx = spec[i];
			id = m->type;
		} else if (btf_is_array(t)) {
			const struct btf_array *a = btf_array(t);

			if (spec[i] >= a->nelems && !flex_array(parent, parent_idx, a))
				return sb_fail(sb, "access index %d: element %u of a %u-element array",
					       i, spec[i], a->nelems);
			sb_add(sb, "%s[%u]", first ? "::" : "", spec[i]);
			first = false;
			parent = NULL;
			id = a->type;
		} else {
			return sb_fail(sb, "access index %d: type [%u] is neither a struct, union nor array",
				       i, id);
		}
	}
	return 0;
}

int core_relo__path(const struct btf *btf, const struct btf_ext_core_relo *r, char *buf,
		    size_t size)
{
	struct sbuf sb = { .buf = buf, .size = size };
	uint32_t spec[CORE_SPEC_MAX_LEN];
	const char *access;
	int len;

	if (size)
		buf[0] = 0;
	access = btf__name_by_offset(btf, r->access_str_off);
	if (!access || parse_access(access, spec, &len))
		return sb_fail(&sb, "malformed access string '%s'", access ? access : "");
	if (core_relo__is_type_kind(r->kind)) {
		if (len != 1 || spec[0])
			return sb_fail(&sb, "type relocation with access string '%s', expected '0'",
				       access);
		sb_add(&sb, "%s", type_name(btf, btf__type_by_id(btf, r->type_id)));
		return 0;
	}
	if (core_relo__is_enumval_kind(r->kind))
		return enumval_path(btf, r->type_id, spec, len, &sb);
	if (core_relo__is_field_kind(r->kind))
		return field_path(btf, r->type_id, spec, len, &sb);
	return sb_fail(&sb, "unknown relocation kind %u", r->kind);
}
