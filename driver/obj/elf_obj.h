/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * elf_obj.h - an ELF relocatable BPF object, in memory.
 *
 * The one place that reads and writes object files. elf_obj__open() reads
 * the whole file, checks every section header against the file size (so
 * later code may trust offsets and sizes), and keeps each section's raw
 * bytes. Passes replace whole sections; elf_obj__write() writes the object
 * through libelf, keeping the input's layout where sizes did not change, so
 * an untouched object is written back byte for byte.
 *
 * Errors are reported through diag (one line: file, what, where) and
 * returned as negative errno values.
 */
#ifndef __BPFCC_ELF_OBJ_H
#define __BPFCC_ELF_OBJ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <gelf.h>

struct elf_obj;

struct elf_obj_sec {
	size_t index;		/* section header index */
	const char *name;	/* from .shstrtab, NUL-terminated, checked */
	GElf_Shdr shdr;		/* as read; sh_offset/sh_size are the input's */
	const uint8_t *data;	/* raw file bytes, or the replacement; NULL for NOBITS */
	size_t size;		/* bytes at data (sh_size for NOBITS, data NULL) */
	void *owned;		/* replacement buffer owned by the object */
	bool removed;		/* elf_obj__remove_section(): not written */
};

/* Open @path; on success *objp owns everything and the file is closed. */
int elf_obj__open(const char *path, struct elf_obj **objp);
/*
 * The same, but diagnostics call the object @name (elf_obj__path()): the
 * driver reads clang's output from a temporary file, and the user knows
 * the object by the name they asked for.
 */
int elf_obj__open_as(const char *path, const char *name, struct elf_obj **objp);
void elf_obj__free(struct elf_obj *obj);

const char *elf_obj__path(const struct elf_obj *obj);
/* True when the object's data is big-endian (bpfeb). */
bool elf_obj__big_endian(const struct elf_obj *obj);
/* True when the object's byte order is the host's. */
bool elf_obj__native_endian(const struct elf_obj *obj);

size_t elf_obj__section_cnt(const struct elf_obj *obj);
/* Index 0 is the null section; NULL past the end. */
struct elf_obj_sec *elf_obj__section(struct elf_obj *obj, size_t index);
/* First section with this name that is not removed, or NULL. */
struct elf_obj_sec *elf_obj__section_by_name(struct elf_obj *obj, const char *name);
/* The SHT_REL section that applies to @target (not removed), or NULL. */
struct elf_obj_sec *elf_obj__rel_section_for(struct elf_obj *obj, const struct elf_obj_sec *target);

/*
 * Replace @sec's bytes with a copy of @data (@size bytes). The section's
 * type, flags and alignment are kept; elf_obj__write() moves later
 * sections as needed.
 */
int elf_obj__replace_section(struct elf_obj *obj, struct elf_obj_sec *sec, const void *data,
			     size_t size);
/* Same, but the object takes ownership of @data (malloc'ed). */
int elf_obj__replace_section_owned(struct elf_obj *obj, struct elf_obj_sec *sec, void *data,
				   size_t size);
/*
 * Leave @sec out of the written object; later sections move down one
 * index, and every section index in the object (section header links,
 * relocation targets, symbols, e_shstrndx) follows. Refused (-EINVAL) for
 * a section something still refers to: a symbol, another section's link,
 * or a relocation section that is not removed too.
 */
int elf_obj__remove_section(struct elf_obj *obj, struct elf_obj_sec *sec);
/* Has any section been replaced or removed since elf_obj__open()? */
bool elf_obj__modified(const struct elf_obj *obj);

/* Symbols of .symtab (checked on open: names inside its string table). */
size_t elf_obj__symbol_cnt(const struct elf_obj *obj);
int elf_obj__symbol(const struct elf_obj *obj, size_t index, GElf_Sym *sym, const char **name);

/* The symbol table and its string table, for passes that add symbols. */
struct elf_obj_sec *elf_obj__symtab(struct elf_obj *obj);
struct elf_obj_sec *elf_obj__strtab(struct elf_obj *obj);
/* Encode @cnt symbols in the object's byte order into a new buffer. */
void *elf_obj__encode_symbols(const struct elf_obj *obj, const GElf_Sym *syms, size_t cnt,
			      size_t *size);

/* Relocations of an SHT_REL section, decoded to host order. */
size_t elf_obj__rel_cnt(const struct elf_obj_sec *rel);
void elf_obj__rel(const struct elf_obj *obj, const struct elf_obj_sec *rel, size_t i,
		  GElf_Rel *out);
/* Encode @cnt relocations in the object's byte order into a new buffer. */
void *elf_obj__encode_rels(const struct elf_obj *obj, const GElf_Rel *rels, size_t cnt,
			   size_t *size);

/*
 * Write the object to @path (created or truncated, mode 0644 before umask);
 * diagnostics call it @name (NULL: @path). Same object in, same bytes out.
 * On error @path may hold garbage: callers write to a temporary file and
 * rename it, and name the final file.
 */
int elf_obj__write(struct elf_obj *obj, const char *path, const char *name);

#endif /* __BPFCC_ELF_OBJ_H */
