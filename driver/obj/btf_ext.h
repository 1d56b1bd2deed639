/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * btf_ext.h - our own .BTF.ext reader and writer (libbpf 1.1 has no public
 * API for it).
 *
 * Layout (kernel-facts.md §4, LLVM BTFDebug::emitBTFExtSection):
 *   header   u16 magic 0xEB9F, u8 version 1, u8 flags 0, u32 hdr_len,
 *            u32 func_info_off, func_info_len, line_info_off, line_info_len
 *            [u32 core_relo_off, core_relo_len]        (hdr_len >= 32)
 *   each subsection, at hdr_len + off:
 *            u32 rec_size, then blocks { u32 sec_name_off, u32 num_info,
 *            num_info records of rec_size bytes }
 *
 * btf_ext__parse() checks every offset, length, count and record size, and
 * every string offset against the .BTF string table and type id against
 * the .BTF type count, so users may trust what it returns. Only the host's
 * byte order is supported (as in libbpf).
 */
#ifndef __BPFCC_BTF_EXT_H
#define __BPFCC_BTF_EXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct btf;

enum btf_ext_kind {
	BTF_EXT_FUNC_INFO,
	BTF_EXT_LINE_INFO,
	BTF_EXT_CORE_RELO,
	BTF_EXT_KIND_CNT,
};

/* The records we know; rec_size may be larger (the tail is kept as is). */
struct btf_ext_func_info {
	uint32_t insn_off;	/* bytes from the start of the ELF section */
	uint32_t type_id;	/* a FUNC */
};

struct btf_ext_line_info {
	uint32_t insn_off;
	uint32_t file_name_off;
	uint32_t line_off;	/* the source line's text */
	uint32_t line_col;	/* line << 10 | column */
};

struct btf_ext_core_relo {
	uint32_t insn_off;
	uint32_t type_id;
	uint32_t access_str_off;
	uint32_t kind;		/* enum bpf_core_relo_kind */
};

#define BTF_EXT_LINE_NUM(line_col) ((line_col) >> 10)
#define BTF_EXT_LINE_COL(line_col) ((line_col) & 0x3ff)

/* One {sec_name_off, num_info} block and its records. */
struct btf_ext_block {
	uint32_t sec_name_off;
	uint32_t num_info;
	uint32_t orig_num;	/* num_info in the input (records appended after) */
	uint8_t *recs;		/* num_info * rec_size bytes */
	uint32_t orig_off;	/* where the records started in the input */
	uint32_t new_off;	/* where btf_ext__write() put them */
};

struct btf_ext_info {
	uint32_t len;		/* header's len: 0 = absent */
	uint32_t rec_size;
	size_t blk_cnt;
	struct btf_ext_block *blks;
	bool dropped;		/* btf_ext__drop() was called */
};

struct btf_ext {
	uint8_t version;
	uint8_t flags;
	uint32_t hdr_len;
	uint8_t *hdr_extra;	/* header bytes past the fields we know */
	uint32_t hdr_extra_len;
	struct btf_ext_info info[BTF_EXT_KIND_CNT];
};

extern const char *const btf_ext_kind_names[BTF_EXT_KIND_CNT];

/*
 * Parse @size bytes of a .BTF.ext section of object @path (for messages),
 * checking string offsets and type ids against @btf (the object's .BTF).
 */
int btf_ext__parse(const void *data, size_t size, const struct btf *btf, const char *path,
		   struct btf_ext **extp);
void btf_ext__free(struct btf_ext *ext);

/* Record @i of block @blk, decoded (the known prefix of the record). */
void btf_ext__func_info(const struct btf_ext *ext, const struct btf_ext_block *blk, size_t i,
			struct btf_ext_func_info *out);
void btf_ext__line_info(const struct btf_ext *ext, const struct btf_ext_block *blk, size_t i,
			struct btf_ext_line_info *out);
void btf_ext__core_relo(const struct btf_ext *ext, const struct btf_ext_block *blk, size_t i,
			struct btf_ext_core_relo *out);

/*
 * Append a copy of record @i of @blk to @blk and return it, for the caller
 * to patch (its first words are the ones decoded above: insn_off first);
 * NULL when out of memory. Pointers to earlier records become invalid.
 */
uint8_t *btf_ext__append_copy(struct btf_ext *ext, enum btf_ext_kind kind,
			      struct btf_ext_block *blk, size_t i);

/* Remove every record of one kind (the header keeps a zero-length entry). */
void btf_ext__drop(struct btf_ext *ext, enum btf_ext_kind kind);

/*
 * Serialize into a new malloc'ed buffer. Subsections are laid out one after
 * the other in the order func_info, line_info, core_relo, as LLVM does: a
 * .BTF.ext written by LLVM (or libbpf's linker) round-trips byte for byte.
 */
int btf_ext__write(struct btf_ext *ext, void **datap, size_t *sizep);

/*
 * After btf_ext__write(): where did the byte at input offset @old_off (inside
 * a record) go? -ENOENT if its records were dropped, -ERANGE if @old_off
 * was not inside any record. Used to keep .rel.BTF.ext in step.
 */
int btf_ext__map_offset(const struct btf_ext *ext, uint32_t old_off, uint32_t *new_off);

#endif /* __BPFCC_BTF_EXT_H */
