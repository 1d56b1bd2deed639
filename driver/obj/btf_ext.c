// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * btf_ext.c - parse and write .BTF.ext.
 *
 * Facts from LLVM's BTFDebug::emitBTFExtSection (what clang writes) and
 * libbpf's btf_ext__new() (what loaders accept): offsets are relative to
 * the end of the header, subsections and record sizes are 4-byte aligned,
 * a record size larger than the known struct is allowed (newer producers
 * may append fields), smaller is not.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "common/diag.h"
#include "obj/btf_ext.h"

#define BTF_EXT_MAGIC 0xEB9F
#define BTF_EXT_VERSION 1
#define BTF_EXT_HDR_MIN 24	/* up to line_info_len */
#define BTF_EXT_HDR_CORE 32	/* up to core_relo_len */
#define BTF_EXT_BLK_HDR 8	/* sec_name_off, num_info */

const char *const btf_ext_kind_names[BTF_EXT_KIND_CNT] = {
	[BTF_EXT_FUNC_INFO] = "func_info",
	[BTF_EXT_LINE_INFO] = "line_info",
	[BTF_EXT_CORE_RELO] = "core_relo",
};

static const uint32_t min_rec_size[BTF_EXT_KIND_CNT] = {
	[BTF_EXT_FUNC_INFO] = sizeof(struct btf_ext_func_info),
	[BTF_EXT_LINE_INFO] = sizeof(struct btf_ext_line_info),
	[BTF_EXT_CORE_RELO] = sizeof(struct btf_ext_core_relo),
};

/* Parsing context: the bytes, and what to name in messages. */
struct ext_parser {
	const uint8_t *data;
	size_t size;
	const struct btf *btf;
	const char *path;
	/* Checked once per record: cached (see btf_str_len()). */
	uint32_t str_len;
	uint32_t type_cnt;
};

/*
 * Size of @btf's string table, from its header, or 0 if unknown. An offset
 * below it names a string: libbpf checked that the table ends with a NUL,
 * and btf__name_by_offset() tests exactly this bound (no split BTF here).
 * Saves a libbpf call per string of every .BTF.ext record.
 */
static uint32_t btf_str_len(const struct btf *btf)
{
	const struct btf_header *h;
	__u32 size;

	h = btf__raw_data(btf, &size);
	if (!h || size < sizeof(*h))
		return 0;
	return h->magic == BTF_MAGIC ? h->str_len : __builtin_bswap32(h->str_len);
}

__attribute__((format(printf, 3, 4))) static int ext_err(const struct ext_parser *p, int err,
							 const char *fmt, ...)
{
	char what[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	diag__error("%s: .BTF.ext: %s", p->path, what);
	return err;
}

static uint32_t rd32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static void wr32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, sizeof(v));
}

static uint32_t hdr_known_len(const struct btf_ext *ext)
{
	return ext->hdr_len >= BTF_EXT_HDR_CORE ? BTF_EXT_HDR_CORE : BTF_EXT_HDR_MIN;
}

static int parse_header(const struct ext_parser *p, struct btf_ext *ext)
{
	uint32_t known;
	uint16_t magic;

	if (p->size < 8)
		return ext_err(p, -EINVAL, "truncated header (%zu bytes, need 8)", p->size);
	memcpy(&magic, p->data, sizeof(magic));
	if (magic == __builtin_bswap16(BTF_EXT_MAGIC))
		return ext_err(p, -ENOTSUP, "non-native byte order is not supported (offset 0)");
	if (magic != BTF_EXT_MAGIC)
		return ext_err(p, -EINVAL, "bad magic 0x%04x, expected 0xeb9f (offset 0)", magic);
	ext->version = p->data[2];
	ext->flags = p->data[3];
	ext->hdr_len = rd32(p->data + 4);
	if (ext->version != BTF_EXT_VERSION)
		return ext_err(p, -ENOTSUP, "unsupported version %u (offset 2)", ext->version);
	if (ext->flags)
		return ext_err(p, -ENOTSUP, "unsupported flags 0x%x (offset 3)", ext->flags);
	if (ext->hdr_len < BTF_EXT_HDR_MIN || ext->hdr_len > p->size)
		return ext_err(p, -EINVAL, "header length %u is not in [%u, %zu] (offset 4)",
			       ext->hdr_len, BTF_EXT_HDR_MIN, p->size);
	/* Header fields we don't know are kept as they are. */
	known = hdr_known_len(ext);
	if (ext->hdr_len > known) {
		ext->hdr_extra_len = ext->hdr_len - known;
		ext->hdr_extra = malloc(ext->hdr_extra_len);
		if (!ext->hdr_extra)
			return ext_err(p, -ENOMEM, "out of memory");
		memcpy(ext->hdr_extra, p->data + known, ext->hdr_extra_len);
	}
	return 0;
}

static int check_str(const struct ext_parser *p, enum btf_ext_kind kind, const char *field,
		     uint32_t str_off, size_t at)
{
	if (str_off < p->str_len || (!p->str_len && btf__name_by_offset(p->btf, str_off)))
		return 0;
	return ext_err(p, -EINVAL, "%s: %s %u is past the end of the .BTF string table (offset %zu)",
		       btf_ext_kind_names[kind], field, str_off, at);
}

static int check_type(const struct ext_parser *p, enum btf_ext_kind kind, uint32_t type_id,
		      size_t at)
{
	if (type_id < p->type_cnt)
		return 0;
	return ext_err(p, -EINVAL, "%s: type id %u is not in .BTF (%u types) (offset %zu)",
		       btf_ext_kind_names[kind], type_id, btf__type_cnt(p->btf) - 1, at);
}

/* Check the known prefix of one record at input offset @at. */
static int check_record(const struct ext_parser *p, enum btf_ext_kind kind, size_t at)
{
	const uint8_t *r = p->data + at;
	uint32_t insn_off = rd32(r);
	const struct btf_type *t;
	int err;

	if (insn_off % 8)
		return ext_err(p, -EINVAL, "%s: instruction offset %u is not a multiple of 8 (offset %zu)",
			       btf_ext_kind_names[kind], insn_off, at);
	switch (kind) {
	case BTF_EXT_FUNC_INFO:
		err = check_type(p, kind, rd32(r + 4), at + 4);
		if (err)
			return err;
		t = btf__type_by_id(p->btf, rd32(r + 4));
		if (!btf_is_func(t))
			return ext_err(p, -EINVAL, "func_info: type id %u is not a FUNC (offset %zu)",
				       rd32(r + 4), at + 4);
		return 0;
	case BTF_EXT_LINE_INFO:
		err = check_str(p, kind, "file name offset", rd32(r + 4), at + 4);
		return err ? err : check_str(p, kind, "line offset", rd32(r + 8), at + 8);
	case BTF_EXT_CORE_RELO:
		err = check_type(p, kind, rd32(r + 4), at + 4);
		return err ? err : check_str(p, kind, "access string offset", rd32(r + 8), at + 8);
	default:
		return 0;
	}
}

static int add_block(const struct ext_parser *p, struct btf_ext_info *info, uint32_t name_off,
		     uint32_t num, size_t recs_at)
{
	struct btf_ext_block *blks, *b;
	size_t bytes = (size_t)num * info->rec_size;

	blks = realloc(info->blks, (info->blk_cnt + 1) * sizeof(*blks));
	if (!blks)
		return ext_err(p, -ENOMEM, "out of memory");
	info->blks = blks;
	b = &blks[info->blk_cnt];
	memset(b, 0, sizeof(*b));
	b->recs = malloc(bytes ? bytes : 1);
	if (!b->recs)
		return ext_err(p, -ENOMEM, "out of memory");
	info->blk_cnt++;
	memcpy(b->recs, p->data + recs_at, bytes);
	b->sec_name_off = name_off;
	b->num_info = num;
	b->orig_num = num;
	b->orig_off = (uint32_t)recs_at;
	return 0;
}

/* Blocks of one subsection: [start, end) holds them, after rec_size. */
static int parse_blocks(const struct ext_parser *p, enum btf_ext_kind kind,
			struct btf_ext_info *info, size_t start, size_t end)
{
	const char *name = btf_ext_kind_names[kind];
	size_t at = start, i;
	int err;

	while (at < end) {
		uint32_t name_off, num;

		if (end - at < BTF_EXT_BLK_HDR)
			return ext_err(p, -EINVAL, "%s: truncated block header (offset %zu)", name, at);
		name_off = rd32(p->data + at);
		num = rd32(p->data + at + 4);
		err = check_str(p, kind, "section name offset", name_off, at);
		if (err)
			return err;
		at += BTF_EXT_BLK_HDR;
		if ((uint64_t)num * info->rec_size > end - at)
			return ext_err(p, -EINVAL,
				       "%s: %u records of %u bytes overflow the subsection (offset %zu, %zu bytes left)",
				       name, num, info->rec_size, at - 4, end - at);
		for (i = 0; i < num; i++) {
			err = check_record(p, kind, at + i * info->rec_size);
			if (err)
				return err;
		}
		err = add_block(p, info, name_off, num, at);
		if (err)
			return err;
		at += (size_t)num * info->rec_size;
	}
	return 0;
}

static int parse_info(const struct ext_parser *p, struct btf_ext *ext, enum btf_ext_kind kind)
{
	struct btf_ext_info *info = &ext->info[kind];
	const char *name = btf_ext_kind_names[kind];
	size_t hdr_field = 8 + 8 * (size_t)kind;	/* offset of <kind>_off */
	uint32_t off = rd32(p->data + hdr_field);
	uint32_t len = rd32(p->data + hdr_field + 4);
	size_t start;

	info->len = len;
	if (!len)
		return 0;
	if (off % 4)
		return ext_err(p, -EINVAL, "%s: subsection offset %u is not 4-byte aligned (offset %zu)",
			       name, off, hdr_field);
	if ((uint64_t)off + len > p->size - ext->hdr_len)
		return ext_err(p, -EINVAL,
			       "%s: subsection (offset %u, length %u) is past the end of the section (%zu bytes after the header) (offset %zu)",
			       name, off, len, p->size - ext->hdr_len, hdr_field);
	start = ext->hdr_len + off;
	if (len < 4)
		return ext_err(p, -EINVAL, "%s: subsection of %u bytes has no record size (offset %zu)",
			       name, len, start);
	info->rec_size = rd32(p->data + start);
	if (info->rec_size < min_rec_size[kind] || info->rec_size % 4)
		return ext_err(p, -EINVAL,
			       "%s: record size %u is invalid (at least %u, a multiple of 4) (offset %zu)",
			       name, info->rec_size, min_rec_size[kind], start);
	return parse_blocks(p, kind, info, start + 4, start + len);
}

int btf_ext__parse(const void *data, size_t size, const struct btf *btf, const char *path,
		   struct btf_ext **extp)
{
	struct ext_parser p = { .data = data, .size = size, .btf = btf, .path = path,
				.str_len = btf_str_len(btf), .type_cnt = btf__type_cnt(btf) };
	struct btf_ext *ext;
	int err, k;

	*extp = NULL;
	ext = calloc(1, sizeof(*ext));
	if (!ext)
		return ext_err(&p, -ENOMEM, "out of memory");
	err = parse_header(&p, ext);
	for (k = 0; !err && k < BTF_EXT_KIND_CNT; k++) {
		if (k == BTF_EXT_CORE_RELO && ext->hdr_len < BTF_EXT_HDR_CORE)
			break;
		err = parse_info(&p, ext, k);
	}
	if (err) {
		btf_ext__free(ext);
		return err;
	}
	*extp = ext;
	return 0;
}

void btf_ext__free(struct btf_ext *ext)
{
	size_t i;
	int k;

	if (!ext)
		return;
	for (k = 0; k < BTF_EXT_KIND_CNT; k++) {
		for (i = 0; i < ext->info[k].blk_cnt; i++)
			free(ext->info[k].blks[i].recs);
		free(ext->info[k].blks);
	}
	free(ext->hdr_extra);
	free(ext);
}

static const uint8_t *record(const struct btf_ext *ext, enum btf_ext_kind kind,
			     const struct btf_ext_block *blk, size_t i)
{
	return blk->recs + i * ext->info[kind].rec_size;
}

void btf_ext__func_info(const struct btf_ext *ext, const struct btf_ext_block *blk, size_t i,
			struct btf_ext_func_info *out)
{
	memcpy(out, record(ext, BTF_EXT_FUNC_INFO, blk, i), sizeof(*out));
}

void btf_ext__line_info(const struct btf_ext *ext, const struct btf_ext_block *blk, size_t i,
			struct btf_ext_line_info *out)
{
	memcpy(out, record(ext, BTF_EXT_LINE_INFO, blk, i), sizeof(*out));
}

void btf_ext__core_relo(const struct btf_ext *ext, const struct btf_ext_block *blk, size_t i,
			struct btf_ext_core_relo *out)
{
	memcpy(out, record(ext, BTF_EXT_CORE_RELO, blk, i), sizeof(*out));
}

uint8_t *btf_ext__append_copy(struct btf_ext *ext, enum btf_ext_kind kind,
			      struct btf_ext_block *blk, size_t i)
{
	size_t rec_size = ext->info[kind].rec_size;
	uint8_t *recs;

	if (blk->num_info == UINT32_MAX)
		return NULL;
	recs = realloc(blk->recs, ((size_t)blk->num_info + 1) * rec_size);
	if (!recs)
		return NULL;
	blk->recs = recs;
	memcpy(recs + (size_t)blk->num_info * rec_size, recs + i * rec_size, rec_size);
	return recs + (size_t)blk->num_info++ * rec_size;
}

void btf_ext__drop(struct btf_ext *ext, enum btf_ext_kind kind)
{
	ext->info[kind].dropped = true;
}

/* Bytes one subsection takes when written. */
static size_t info_size(const struct btf_ext_info *info)
{
	size_t n = 4, i;

	if (info->dropped || !info->len)
		return 0;
	for (i = 0; i < info->blk_cnt; i++)
		n += BTF_EXT_BLK_HDR + (size_t)info->blks[i].num_info * info->rec_size;
	return n;
}

static uint8_t *write_info(struct btf_ext_info *info, uint8_t *out, uint8_t *base)
{
	size_t i, bytes;

	if (info->dropped || !info->len)
		return out;
	wr32(out, info->rec_size);
	out += 4;
	for (i = 0; i < info->blk_cnt; i++) {
		struct btf_ext_block *b = &info->blks[i];

		bytes = (size_t)b->num_info * info->rec_size;
		wr32(out, b->sec_name_off);
		wr32(out + 4, b->num_info);
		out += BTF_EXT_BLK_HDR;
		memcpy(out, b->recs, bytes);
		b->new_off = (uint32_t)(out - base);
		out += bytes;
	}
	return out;
}

int btf_ext__write(struct btf_ext *ext, void **datap, size_t *sizep)
{
	size_t total = ext->hdr_len, sz[BTF_EXT_KIND_CNT] = { 0 }, off = 0;
	int k, kinds = ext->hdr_len >= BTF_EXT_HDR_CORE ? BTF_EXT_KIND_CNT : BTF_EXT_CORE_RELO;
	uint8_t *buf, *out;
	uint16_t magic = BTF_EXT_MAGIC;

	for (k = 0; k < kinds; k++) {
		sz[k] = info_size(&ext->info[k]);
		total += sz[k];
	}
	if (total > UINT32_MAX)
		return -E2BIG;
	buf = calloc(1, total);
	if (!buf)
		return -ENOMEM;
	memcpy(buf, &magic, sizeof(magic));
	buf[2] = ext->version;
	buf[3] = ext->flags;
	wr32(buf + 4, ext->hdr_len);
	if (ext->hdr_extra_len)
		memcpy(buf + hdr_known_len(ext), ext->hdr_extra, ext->hdr_extra_len);
	out = buf + ext->hdr_len;
	for (k = 0; k < kinds; k++) {
		/* An empty subsection still gets the running offset, as in LLVM. */
		wr32(buf + 8 + 8 * k, (uint32_t)off);
		wr32(buf + 12 + 8 * k, (uint32_t)sz[k]);
		out = write_info(&ext->info[k], out, buf);
		off += sz[k];
	}
	*datap = buf;
	*sizep = total;
	return 0;
}

int btf_ext__map_offset(const struct btf_ext *ext, uint32_t old_off, uint32_t *new_off)
{
	size_t i;
	int k;

	for (k = 0; k < BTF_EXT_KIND_CNT; k++) {
		const struct btf_ext_info *info = &ext->info[k];

		for (i = 0; i < info->blk_cnt; i++) {
			const struct btf_ext_block *b = &info->blks[i];
			uint64_t end = b->orig_off + (uint64_t)b->orig_num * info->rec_size;

			if (old_off < b->orig_off || old_off >= end)
				continue;
			if (info->dropped)
				return -ENOENT;
			*new_off = b->new_off + (old_off - b->orig_off);
			return 0;
		}
	}
	return -ERANGE;
}
