// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * elf_obj.c - read an ELF relocatable BPF object into memory, check it,
 * write it back.
 *
 * libelf parses the headers; every offset and size it hands us is checked
 * here against the file size before anything reads through it, because
 * libelf's own checks differ between versions and fuzzers aim here.
 */
#include <endian.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/diag.h"
#include "obj/elf_obj.h"

#ifndef EM_BPF
#define EM_BPF 247
#endif

/* clang aligns BPF object sections to at most 8 bytes; allow a page. */
#define ELF_OBJ_MAX_ALIGN 4096

struct elf_obj {
	char *path;
	uint8_t *image;		/* the whole input file */
	size_t image_size;
	Elf *elf;		/* libelf view of image */
	GElf_Ehdr ehdr;
	bool swap;		/* object byte order differs from the host's */
	size_t sec_cnt;
	struct elf_obj_sec *secs;
	struct elf_obj_sec *symtab;
	struct elf_obj_sec *strtab;
	bool modified;
};

static int elf_obj__err(const struct elf_obj *obj, int err, const char *what)
{
	diag__error("%s: %s", obj->path, what);
	return err;
}

/* Read @path; messages call it @name. */
static int read_file(const char *path, const char *name, uint8_t **bufp, size_t *sizep)
{
	struct stat st;
	uint8_t *buf;
	size_t done = 0;
	int fd, err;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		err = -errno;
		diag__error("%s: cannot open: %s", name, strerror(errno));
		return err;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		err = S_ISDIR(st.st_mode) ? -EISDIR : -EINVAL;
		diag__error("%s: not a regular file", name);
		goto out_close;
	}
	/* +1 so an empty file still gets a buffer. */
	buf = malloc((size_t)st.st_size + 1);
	if (!buf) {
		err = -ENOMEM;
		diag__error("%s: out of memory reading %lld bytes", name, (long long)st.st_size);
		goto out_close;
	}
	while (done < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + done, (size_t)st.st_size - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			err = n < 0 ? -errno : -EIO;
			diag__error("%s: read failed: %s", name, n < 0 ? strerror(errno) : "short read");
			free(buf);
			goto out_close;
		}
		done += (size_t)n;
	}
	*bufp = buf;
	*sizep = done;
	err = 0;
out_close:
	close(fd);
	return err;
}

static uint16_t obj_rd16(const struct elf_obj *obj, const uint8_t *p)
{
	uint16_t v;

	memcpy(&v, p, sizeof(v));
	return obj->swap ? __builtin_bswap16(v) : v;
}

static uint32_t obj_rd32(const struct elf_obj *obj, const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return obj->swap ? __builtin_bswap32(v) : v;
}

static uint64_t obj_rd64(const struct elf_obj *obj, const uint8_t *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return obj->swap ? __builtin_bswap64(v) : v;
}

static void obj_wr64(const struct elf_obj *obj, uint8_t *p, uint64_t v)
{
	if (obj->swap)
		v = __builtin_bswap64(v);
	memcpy(p, &v, sizeof(v));
}

/* Is [off, off + len) inside a buffer of @size bytes? Overflow-safe. */
static bool range_ok(uint64_t off, uint64_t len, uint64_t size)
{
	return off <= size && len <= size - off;
}

static int check_ehdr(struct elf_obj *obj)
{
	const unsigned char *id = obj->image;
	char what[128];

	if (obj->image_size < EI_NIDENT || memcmp(id, ELFMAG, SELFMAG))
		return elf_obj__err(obj, -EINVAL, "not an ELF file (bad magic at offset 0)");
	if (id[EI_CLASS] != ELFCLASS64)
		return elf_obj__err(obj, -EINVAL, "not a 64-bit ELF object (EI_CLASS at offset 4)");
	if (id[EI_DATA] != ELFDATA2LSB && id[EI_DATA] != ELFDATA2MSB)
		return elf_obj__err(obj, -EINVAL, "unknown ELF byte order (EI_DATA at offset 5)");
	if (obj->image_size < sizeof(Elf64_Ehdr))
		return elf_obj__err(obj, -EINVAL, "truncated ELF header (file is shorter than 64 bytes)");
	obj->swap = (id[EI_DATA] == ELFDATA2MSB) != (__BYTE_ORDER == __BIG_ENDIAN);

	obj->elf = elf_memory((char *)obj->image, obj->image_size);
	if (!obj->elf || elf_kind(obj->elf) != ELF_K_ELF || !gelf_getehdr(obj->elf, &obj->ehdr)) {
		snprintf(what, sizeof(what), "invalid ELF header: %s", elf_errmsg(-1));
		return elf_obj__err(obj, -EINVAL, what);
	}
	if (obj->ehdr.e_type != ET_REL) {
		snprintf(what, sizeof(what), "not a relocatable object (e_type %u at offset 16)",
			 obj->ehdr.e_type);
		return elf_obj__err(obj, -EINVAL, what);
	}
	if (obj->ehdr.e_machine != EM_BPF) {
		snprintf(what, sizeof(what), "not a BPF object (e_machine %u at offset 18)",
			 obj->ehdr.e_machine);
		return elf_obj__err(obj, -EINVAL, what);
	}
	return 0;
}

static int check_shdr_table(struct elf_obj *obj)
{
	uint64_t shoff = obj->ehdr.e_shoff;
	size_t n = obj->ehdr.e_shnum, libelf_n;
	char what[160];

	/*
	 * Check the table's place ourselves, before libelf reads it: libelf
	 * reports a table past the end of the file as "no sections". Extended
	 * numbering (e_shnum 0, >= 0xff00 sections) is not supported.
	 */
	if (!shoff || !n) {
		snprintf(what, sizeof(what), "no section header table (e_shoff %llu, e_shnum %zu)",
			 (unsigned long long)shoff, n);
		return elf_obj__err(obj, -EINVAL, what);
	}
	if (obj->ehdr.e_shentsize != sizeof(Elf64_Shdr)) {
		snprintf(what, sizeof(what), "section header size %u, expected %zu (e_shentsize)",
			 obj->ehdr.e_shentsize, sizeof(Elf64_Shdr));
		return elf_obj__err(obj, -EINVAL, what);
	}
	if (!range_ok(shoff, (uint64_t)n * sizeof(Elf64_Shdr), obj->image_size)) {
		snprintf(what, sizeof(what),
			 "section header table (offset %llu, %zu entries) is past the end of the file (%zu bytes)",
			 (unsigned long long)shoff, n, obj->image_size);
		return elf_obj__err(obj, -EINVAL, what);
	}
	if (elf_getshdrnum(obj->elf, &libelf_n) || libelf_n != n) {
		snprintf(what, sizeof(what), "libelf disagrees on the section count (e_shnum %zu)", n);
		return elf_obj__err(obj, -EINVAL, what);
	}
	obj->sec_cnt = n;
	return 0;
}

static int check_section(struct elf_obj *obj, struct elf_obj_sec *sec, size_t n)
{
	const GElf_Shdr *sh = &sec->shdr;
	char what[200];

	if (sh->sh_type != SHT_NOBITS && !range_ok(sh->sh_offset, sh->sh_size, obj->image_size)) {
		snprintf(what, sizeof(what),
			 "section %zu (offset %llu, size %llu) is past the end of the file (%zu bytes)",
			 sec->index, (unsigned long long)sh->sh_offset,
			 (unsigned long long)sh->sh_size, obj->image_size);
		return elf_obj__err(obj, -EINVAL, what);
	}
	/*
	 * The writer keeps each section aligned as it says: an absurd
	 * alignment would make it write gigabytes of padding.
	 */
	if (sh->sh_addralign & (sh->sh_addralign - 1) || sh->sh_addralign > ELF_OBJ_MAX_ALIGN) {
		snprintf(what, sizeof(what),
			 "section %zu: alignment %llu is not a power of two up to %u (sh_addralign)",
			 sec->index, (unsigned long long)sh->sh_addralign, ELF_OBJ_MAX_ALIGN);
		return elf_obj__err(obj, -EINVAL, what);
	}
	if ((sh->sh_type == SHT_REL || sh->sh_type == SHT_SYMTAB) && sh->sh_link >= n) {
		snprintf(what, sizeof(what), "section %zu: sh_link %u is not a section", sec->index,
			 sh->sh_link);
		return elf_obj__err(obj, -EINVAL, what);
	}
	if (sh->sh_type == SHT_REL &&
	    (sh->sh_info >= n || sh->sh_entsize != sizeof(Elf64_Rel) ||
	     sh->sh_size % sizeof(Elf64_Rel))) {
		snprintf(what, sizeof(what),
			 "section %zu: bad relocation section (sh_info %u, sh_entsize %llu, size %llu)",
			 sec->index, sh->sh_info, (unsigned long long)sh->sh_entsize,
			 (unsigned long long)sh->sh_size);
		return elf_obj__err(obj, -EINVAL, what);
	}
	if (sh->sh_type == SHT_SYMTAB &&
	    (sh->sh_entsize != sizeof(Elf64_Sym) || sh->sh_size % sizeof(Elf64_Sym))) {
		snprintf(what, sizeof(what), "section %zu: bad symbol table (sh_entsize %llu, size %llu)",
			 sec->index, (unsigned long long)sh->sh_entsize,
			 (unsigned long long)sh->sh_size);
		return elf_obj__err(obj, -EINVAL, what);
	}
	if (sh->sh_type != SHT_NOBITS) {
		sec->data = obj->image + sh->sh_offset;
		sec->size = sh->sh_size;
	} else {
		sec->size = sh->sh_size;
	}
	return 0;
}

struct extent {
	uint64_t off, size;
	size_t index;		/* section index; sec_cnt for the header table */
};

static int extent_cmp(const void *a, const void *b)
{
	const struct extent *x = a, *y = b;

	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static void extent_name(const struct elf_obj *obj, const struct extent *e, char *buf,
			size_t size)
{
	if (e->index == obj->sec_cnt)
		snprintf(buf, size, "the section header table");
	else
		snprintf(buf, size, "section %zu", e->index);
}

/*
 * No two sections share file bytes, nor with the ELF header or the section
 * header table. clang never writes such objects, and the writer would give
 * each its own copy: n sections over the same bytes make the output n
 * times larger.
 */
static int check_overlaps(struct elf_obj *obj)
{
	struct extent *ext = calloc(obj->sec_cnt + 1, sizeof(*ext));
	char what[200];
	size_t i, n = 0;
	int err = 0;

	if (!ext)
		return elf_obj__err(obj, -ENOMEM, "out of memory");
	for (i = 1; i < obj->sec_cnt; i++) {
		const GElf_Shdr *sh = &obj->secs[i].shdr;

		if (sh->sh_type != SHT_NOBITS && sh->sh_size)
			ext[n++] = (struct extent){ sh->sh_offset, sh->sh_size, i };
	}
	ext[n++] = (struct extent){ obj->ehdr.e_shoff, obj->sec_cnt * sizeof(Elf64_Shdr),
				    obj->sec_cnt };
	qsort(ext, n, sizeof(*ext), extent_cmp);
	for (i = 0; i < n && !err; i++) {
		char a[48], b[48];

		extent_name(obj, &ext[i], a, sizeof(a));
		if (ext[i].off < sizeof(Elf64_Ehdr)) {
			snprintf(what, sizeof(what), "%s (offset %llu) overlaps the ELF header", a,
				 (unsigned long long)ext[i].off);
			err = elf_obj__err(obj, -EINVAL, what);
		} else if (i + 1 < n && ext[i + 1].off - ext[i].off < ext[i].size) {
			extent_name(obj, &ext[i + 1], b, sizeof(b));
			snprintf(what, sizeof(what), "%s (offset %llu, size %llu) overlaps %s (offset %llu)",
				 a, (unsigned long long)ext[i].off, (unsigned long long)ext[i].size, b,
				 (unsigned long long)ext[i + 1].off);
			err = elf_obj__err(obj, -EINVAL, what);
		}
	}
	free(ext);
	return err;
}

/* A string at @off inside string section @strs, NUL-terminated inside it. */
static const char *strs_at(const struct elf_obj_sec *strs, uint64_t off)
{
	if (!strs->data || off >= strs->size || !memchr(strs->data + off, 0, strs->size - off))
		return NULL;
	return (const char *)strs->data + off;
}

/*
 * Sections found by name must be unique: with two .BTF, which one would the
 * loader take? (libbpf takes the last, we would take the first.)
 */
static int check_unique_names(struct elf_obj *obj)
{
	static const char *const unique[] = { ".BTF", ".BTF.ext", ".rel.BTF.ext", ".maps" };
	char what[160];
	size_t i, k, u;

	for (u = 0; u < sizeof(unique) / sizeof(unique[0]); u++) {
		for (i = 1; i < obj->sec_cnt; i++) {
			if (strcmp(obj->secs[i].name, unique[u]))
				continue;
			for (k = i + 1; k < obj->sec_cnt; k++) {
				if (strcmp(obj->secs[k].name, unique[u]))
					continue;
				snprintf(what, sizeof(what), "sections %zu and %zu are both named '%s'",
					 i, k, unique[u]);
				return elf_obj__err(obj, -EINVAL, what);
			}
			break;
		}
	}
	return 0;
}

static int read_sections(struct elf_obj *obj)
{
	struct elf_obj_sec *shstr;
	char what[160];
	size_t i, shstrndx;
	int err;

	obj->secs = calloc(obj->sec_cnt, sizeof(*obj->secs));
	if (!obj->secs)
		return elf_obj__err(obj, -ENOMEM, "out of memory");
	for (i = 0; i < obj->sec_cnt; i++) {
		struct elf_obj_sec *sec = &obj->secs[i];
		Elf_Scn *scn = elf_getscn(obj->elf, i);

		sec->index = i;
		if (!scn || !gelf_getshdr(scn, &sec->shdr)) {
			snprintf(what, sizeof(what), "cannot read section header %zu: %s", i,
				 elf_errmsg(-1));
			return elf_obj__err(obj, -EINVAL, what);
		}
		err = check_section(obj, sec, obj->sec_cnt);
		if (err)
			return err;
	}

	if (elf_getshdrstrndx(obj->elf, &shstrndx) || shstrndx == 0 || shstrndx >= obj->sec_cnt ||
	    obj->secs[shstrndx].shdr.sh_type != SHT_STRTAB)
		return elf_obj__err(obj, -EINVAL, "no valid section name table (e_shstrndx)");
	shstr = &obj->secs[shstrndx];
	for (i = 0; i < obj->sec_cnt; i++) {
		struct elf_obj_sec *sec = &obj->secs[i];

		sec->name = strs_at(shstr, sec->shdr.sh_name);
		if (!sec->name) {
			snprintf(what, sizeof(what),
				 "section %zu: name offset %u is past the end of the section name table",
				 i, sec->shdr.sh_name);
			return elf_obj__err(obj, -EINVAL, what);
		}
		if (sec->shdr.sh_type == SHT_SYMTAB) {
			if (obj->symtab)
				return elf_obj__err(obj, -EINVAL, "more than one symbol table");
			obj->symtab = sec;
		}
	}
	return check_unique_names(obj);
}

static int check_symbols(struct elf_obj *obj)
{
	char what[160];
	size_t i, cnt;

	if (!obj->symtab)
		return 0;
	obj->strtab = &obj->secs[obj->symtab->shdr.sh_link];
	if (obj->strtab->shdr.sh_type != SHT_STRTAB)
		return elf_obj__err(obj, -EINVAL, "symbol table's string table is not SHT_STRTAB");
	cnt = elf_obj__symbol_cnt(obj);
	for (i = 0; i < cnt; i++) {
		const uint8_t *p = obj->symtab->data + i * sizeof(Elf64_Sym);
		uint32_t name = obj_rd32(obj, p + offsetof(Elf64_Sym, st_name));
		uint16_t shndx = obj_rd16(obj, p + offsetof(Elf64_Sym, st_shndx));

		if (!strs_at(obj->strtab, name)) {
			snprintf(what, sizeof(what),
				 "symbol %zu: name offset %u is past the end of the string table", i,
				 name);
			return elf_obj__err(obj, -EINVAL, what);
		}
		if (shndx >= obj->sec_cnt && shndx < SHN_LORESERVE) {
			snprintf(what, sizeof(what), "symbol %zu: section index %u is not a section", i,
				 shndx);
			return elf_obj__err(obj, -EINVAL, what);
		}
	}
	return 0;
}

int elf_obj__open(const char *path, struct elf_obj **objp)
{
	return elf_obj__open_as(path, path, objp);
}

int elf_obj__open_as(const char *path, const char *name, struct elf_obj **objp)
{
	struct elf_obj *obj;
	int err;

	*objp = NULL;
	if (elf_version(EV_CURRENT) == EV_NONE) {
		diag__error("libelf initialization failed: %s", elf_errmsg(-1));
		return -EINVAL;
	}
	obj = calloc(1, sizeof(*obj));
	if (!obj || !(obj->path = strdup(name))) {
		free(obj);
		diag__error("%s: out of memory", name);
		return -ENOMEM;
	}
	err = read_file(path, name, &obj->image, &obj->image_size);
	if (!err)
		err = check_ehdr(obj);
	if (!err)
		err = check_shdr_table(obj);
	if (!err)
		err = read_sections(obj);
	if (!err)
		err = check_overlaps(obj);
	if (!err)
		err = check_symbols(obj);
	if (err) {
		elf_obj__free(obj);
		return err;
	}
	*objp = obj;
	return 0;
}

void elf_obj__free(struct elf_obj *obj)
{
	size_t i;

	if (!obj)
		return;
	for (i = 0; obj->secs && i < obj->sec_cnt; i++)
		free(obj->secs[i].owned);
	free(obj->secs);
	if (obj->elf)
		elf_end(obj->elf);
	free(obj->image);
	free(obj->path);
	free(obj);
}

const char *elf_obj__path(const struct elf_obj *obj)
{
	return obj->path;
}

bool elf_obj__big_endian(const struct elf_obj *obj)
{
	return obj->ehdr.e_ident[EI_DATA] == ELFDATA2MSB;
}

bool elf_obj__native_endian(const struct elf_obj *obj)
{
	return !obj->swap;
}

size_t elf_obj__section_cnt(const struct elf_obj *obj)
{
	return obj->sec_cnt;
}

struct elf_obj_sec *elf_obj__section(struct elf_obj *obj, size_t index)
{
	return index < obj->sec_cnt ? &obj->secs[index] : NULL;
}

struct elf_obj_sec *elf_obj__section_by_name(struct elf_obj *obj, const char *name)
{
	size_t i;

	for (i = 1; i < obj->sec_cnt; i++)
		if (!obj->secs[i].removed && !strcmp(obj->secs[i].name, name))
			return &obj->secs[i];
	return NULL;
}

struct elf_obj_sec *elf_obj__rel_section_for(struct elf_obj *obj, const struct elf_obj_sec *target)
{
	size_t i;

	for (i = 1; i < obj->sec_cnt; i++)
		if (!obj->secs[i].removed && obj->secs[i].shdr.sh_type == SHT_REL &&
		    obj->secs[i].shdr.sh_info == target->index)
			return &obj->secs[i];
	return NULL;
}

/* Is sh_info of @sh a section index (relocation target)? */
static bool shdr_info_is_index(const GElf_Shdr *sh)
{
	return sh->sh_type == SHT_REL || sh->sh_type == SHT_RELA || (sh->sh_flags & SHF_INFO_LINK);
}

/* Does anything that stays in the object refer to section @index? */
static const char *section_referrer(const struct elf_obj *obj, size_t index)
{
	size_t i;

	if (index == obj->ehdr.e_shstrndx)
		return "the section header string table";
	for (i = 1; i < obj->sec_cnt; i++) {
		const struct elf_obj_sec *s = &obj->secs[i];

		if (s->removed || i == index)
			continue;
		if (s->shdr.sh_link == index)
			return s->name;
		if (shdr_info_is_index(&s->shdr) && s->shdr.sh_info == index)
			return s->name;
	}
	for (i = 0; i < elf_obj__symbol_cnt(obj); i++) {
		GElf_Sym sym;

		elf_obj__symbol(obj, i, &sym, NULL);
		if (sym.st_shndx == index)
			return "a symbol";
	}
	return NULL;
}

int elf_obj__remove_section(struct elf_obj *obj, struct elf_obj_sec *sec)
{
	const char *who;

	if (!sec->index || sec->index >= obj->sec_cnt || sec != &obj->secs[sec->index])
		return -EINVAL;
	if (sec->removed)
		return 0;
	who = section_referrer(obj, sec->index);
	if (who) {
		diag__error("%s: cannot remove section '%s': %s refers to it", obj->path,
			    sec->name, who);
		return -EINVAL;
	}
	sec->removed = true;
	obj->modified = true;
	return 0;
}

int elf_obj__replace_section_owned(struct elf_obj *obj, struct elf_obj_sec *sec, void *data,
				   size_t size)
{
	if (sec->shdr.sh_type == SHT_NOBITS) {
		free(data);
		diag__error("%s: section '%s' has no file bytes to replace", obj->path, sec->name);
		return -EINVAL;
	}
	free(sec->owned);
	sec->owned = data;
	sec->data = data;
	sec->size = size;
	obj->modified = true;
	return 0;
}

int elf_obj__replace_section(struct elf_obj *obj, struct elf_obj_sec *sec, const void *data,
			     size_t size)
{
	void *copy = malloc(size ? size : 1);

	if (!copy) {
		diag__error("%s: out of memory", obj->path);
		return -ENOMEM;
	}
	memcpy(copy, data, size);
	return elf_obj__replace_section_owned(obj, sec, copy, size);
}

bool elf_obj__modified(const struct elf_obj *obj)
{
	return obj->modified;
}

size_t elf_obj__symbol_cnt(const struct elf_obj *obj)
{
	return obj->symtab ? obj->symtab->size / sizeof(Elf64_Sym) : 0;
}

int elf_obj__symbol(const struct elf_obj *obj, size_t index, GElf_Sym *sym, const char **name)
{
	const uint8_t *p;

	if (index >= elf_obj__symbol_cnt(obj))
		return -ENOENT;
	p = obj->symtab->data + index * sizeof(Elf64_Sym);
	sym->st_name = obj_rd32(obj, p + offsetof(Elf64_Sym, st_name));
	sym->st_info = p[offsetof(Elf64_Sym, st_info)];
	sym->st_other = p[offsetof(Elf64_Sym, st_other)];
	sym->st_shndx = obj_rd16(obj, p + offsetof(Elf64_Sym, st_shndx));
	sym->st_value = obj_rd64(obj, p + offsetof(Elf64_Sym, st_value));
	sym->st_size = obj_rd64(obj, p + offsetof(Elf64_Sym, st_size));
	if (name)
		*name = strs_at(obj->strtab, sym->st_name); /* checked on open */
	return 0;
}

struct elf_obj_sec *elf_obj__symtab(struct elf_obj *obj)
{
	return obj->symtab;
}

struct elf_obj_sec *elf_obj__strtab(struct elf_obj *obj)
{
	return obj->symtab ? obj->strtab : NULL;
}

void *elf_obj__encode_symbols(const struct elf_obj *obj, const GElf_Sym *syms, size_t cnt,
			      size_t *size)
{
	uint8_t *buf = malloc(cnt ? cnt * sizeof(Elf64_Sym) : 1);
	size_t i;

	if (!buf)
		return NULL;
	for (i = 0; i < cnt; i++) {
		uint8_t *p = buf + i * sizeof(Elf64_Sym);
		uint32_t name = syms[i].st_name;
		uint16_t shndx = syms[i].st_shndx;

		if (obj->swap) {
			name = __builtin_bswap32(name);
			shndx = __builtin_bswap16(shndx);
		}
		memcpy(p + offsetof(Elf64_Sym, st_name), &name, sizeof(name));
		p[offsetof(Elf64_Sym, st_info)] = syms[i].st_info;
		p[offsetof(Elf64_Sym, st_other)] = syms[i].st_other;
		memcpy(p + offsetof(Elf64_Sym, st_shndx), &shndx, sizeof(shndx));
		obj_wr64(obj, p + offsetof(Elf64_Sym, st_value), syms[i].st_value);
		obj_wr64(obj, p + offsetof(Elf64_Sym, st_size), syms[i].st_size);
	}
	*size = cnt * sizeof(Elf64_Sym);
	return buf;
}

size_t elf_obj__rel_cnt(const struct elf_obj_sec *rel)
{
	return rel->size / sizeof(Elf64_Rel);
}

void elf_obj__rel(const struct elf_obj *obj, const struct elf_obj_sec *rel, size_t i,
		  GElf_Rel *out)
{
	const uint8_t *p = rel->data + i * sizeof(Elf64_Rel);

	out->r_offset = obj_rd64(obj, p + offsetof(Elf64_Rel, r_offset));
	out->r_info = obj_rd64(obj, p + offsetof(Elf64_Rel, r_info));
}

void *elf_obj__encode_rels(const struct elf_obj *obj, const GElf_Rel *rels, size_t cnt,
			   size_t *size)
{
	uint8_t *buf = malloc(cnt ? cnt * sizeof(Elf64_Rel) : 1);
	size_t i;

	if (!buf)
		return NULL;
	for (i = 0; i < cnt; i++) {
		obj_wr64(obj, buf + i * sizeof(Elf64_Rel) + offsetof(Elf64_Rel, r_offset),
			 rels[i].r_offset);
		obj_wr64(obj, buf + i * sizeof(Elf64_Rel) + offsetof(Elf64_Rel, r_info),
			 rels[i].r_info);
	}
	*size = cnt * sizeof(Elf64_Rel);
	return buf;
}

/*
 * Output layout. Items (sections with file bytes, and the section header
 * table) are placed in their input order by offset; each keeps its input
 * offset shifted by how much earlier items grew, aligned as it requires.
 * Nothing changed -> every offset is the input's, and libelf zero-fills
 * the same gaps clang left, so the output equals the input byte for byte.
 */
struct layout_item {
	uint64_t orig_off;
	uint64_t size;
	uint64_t align;
	size_t index;		/* section index; sec_cnt for the header table */
	bool nobits;
	uint64_t new_off;
};

static int layout_cmp(const void *a, const void *b)
{
	const struct layout_item *x = a, *y = b;

	if (x->orig_off != y->orig_off)
		return x->orig_off < y->orig_off ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static uint64_t align_up(uint64_t v, uint64_t a)
{
	return a > 1 ? (v + a - 1) / a * a : v;
}

/* Sections written, the null section included. */
static size_t kept_cnt(const struct elf_obj *obj)
{
	size_t i, n = 1;

	for (i = 1; i < obj->sec_cnt; i++)
		n += !obj->secs[i].removed;
	return n;
}

/*
 * Output index of every input section (0 for removed ones): kept sections
 * keep their order and close up the gaps.
 */
static size_t *index_map(const struct elf_obj *obj)
{
	size_t *map = calloc(obj->sec_cnt, sizeof(*map));
	size_t i, n = 1;

	if (!map)
		return NULL;
	for (i = 1; i < obj->sec_cnt; i++)
		map[i] = obj->secs[i].removed ? 0 : n++;
	return map;
}

static size_t map_index(const struct elf_obj *obj, const size_t *map, size_t index)
{
	return index && index < obj->sec_cnt ? map[index] : index;
}

/*
 * The symbol table with its section indexes renumbered, when a removed
 * section came before a section a symbol is in; NULL with *size 0 when
 * nothing moved. (Symbols in removed sections were refused earlier.)
 */
static void *renumber_symbols(const struct elf_obj *obj, const size_t *map, size_t *size,
			      int *err)
{
	size_t i, cnt = elf_obj__symbol_cnt(obj);
	bool moved = false;
	GElf_Sym *syms;
	void *buf;

	*size = 0;
	*err = 0;
	for (i = 0; i < cnt && !moved; i++) {
		GElf_Sym sym;

		elf_obj__symbol(obj, i, &sym, NULL);
		moved = sym.st_shndx < SHN_LORESERVE && map_index(obj, map, sym.st_shndx) != sym.st_shndx;
	}
	if (!moved)
		return NULL;
	syms = calloc(cnt, sizeof(*syms));
	if (!syms) {
		*err = -ENOMEM;
		return NULL;
	}
	for (i = 0; i < cnt; i++) {
		elf_obj__symbol(obj, i, &syms[i], NULL);
		if (syms[i].st_shndx < SHN_LORESERVE)
			syms[i].st_shndx = (uint16_t)map_index(obj, map, syms[i].st_shndx);
	}
	buf = elf_obj__encode_symbols(obj, syms, cnt, size);
	free(syms);
	if (!buf)
		*err = -ENOMEM;
	return buf;
}

static struct layout_item *layout_compute(const struct elf_obj *obj)
{
	struct layout_item *items = calloc(obj->sec_cnt + 1, sizeof(*items));
	uint64_t cursor = sizeof(Elf64_Ehdr), shift = 0;
	size_t i, n = 0;

	if (!items)
		return NULL;
	for (i = 1; i < obj->sec_cnt; i++) {
		const struct elf_obj_sec *sec = &obj->secs[i];

		if (sec->removed)
			continue;
		items[n++] = (struct layout_item){
			.orig_off = sec->shdr.sh_offset,
			.size = sec->shdr.sh_type == SHT_NOBITS ? 0 : sec->size,
			.align = sec->shdr.sh_addralign,
			.index = i,
			.nobits = sec->shdr.sh_type == SHT_NOBITS,
		};
	}
	items[n++] = (struct layout_item){
		.orig_off = obj->ehdr.e_shoff,
		.size = (uint64_t)kept_cnt(obj) * sizeof(Elf64_Shdr),
		.align = 8,
		.index = obj->sec_cnt,
	};
	qsort(items, n, sizeof(*items), layout_cmp);
	for (i = 0; i < n; i++) {
		struct layout_item *it = &items[i];
		uint64_t off = it->orig_off + shift;

		if (it->nobits) {
			/* Occupies no bytes: must not push later items. */
			it->new_off = align_up(off, it->align);
			continue;
		}
		if (off < cursor)
			off = cursor;
		off = align_up(off, it->align);
		it->new_off = off;
		shift = off - it->orig_off;
		cursor = off + it->size;
	}
	return items;
}

/*
 * @map: output index of each input section; @syms: the symbol table's
 * bytes when renumber_symbols() changed them (NULL: the section's own).
 */
static int write_sections(struct elf_obj *obj, Elf *out, const struct layout_item *items,
			  const size_t *map, const void *syms)
{
	size_t i, k;

	for (i = 1; i < obj->sec_cnt; i++) {
		struct elf_obj_sec *sec = &obj->secs[i];
		GElf_Shdr sh = sec->shdr;
		Elf_Scn *scn;
		Elf_Data *d;

		if (sec->removed)
			continue;
		scn = elf_newscn(out);
		if (!scn || elf_ndxscn(scn) != map[i])
			return -EINVAL;
		for (k = 0; items[k].index != i; k++)
			;
		sh.sh_offset = items[k].new_off;
		sh.sh_link = (GElf_Word)map_index(obj, map, sh.sh_link);
		if (shdr_info_is_index(&sh))
			sh.sh_info = (GElf_Word)map_index(obj, map, sh.sh_info);
		if (sec->shdr.sh_type != SHT_NOBITS) {
			sh.sh_size = sec->size;
			d = elf_newdata(scn);
			if (!d)
				return -EINVAL;
			/* Raw bytes in the object's order: no conversion. */
			d->d_buf = (void *)(sec == obj->symtab && syms ? syms : sec->data);
			d->d_size = sec->size;
			d->d_type = ELF_T_BYTE;
			d->d_align = 1;
			d->d_off = 0;
			d->d_version = EV_CURRENT;
		}
		if (!gelf_update_shdr(scn, &sh))
			return -EINVAL;
	}
	return 0;
}

static int write_elf(struct elf_obj *obj, int fd, const char *name)
{
	struct layout_item *items = NULL;
	size_t *map = index_map(obj);
	GElf_Ehdr ehdr = obj->ehdr;
	void *syms = NULL;
	Elf *out = NULL;
	size_t k, syms_size;
	int err = -ENOMEM;

	if (!map)
		goto out;
	syms = renumber_symbols(obj, map, &syms_size, &err);
	if (err)
		goto out;
	err = -ENOMEM;
	items = layout_compute(obj);
	if (!items)
		goto out;
	err = -EINVAL;
	out = elf_begin(fd, ELF_C_WRITE, NULL);
	if (!out || !gelf_newehdr(out, ELFCLASS64))
		goto out;
	elf_flagelf(out, ELF_C_SET, ELF_F_LAYOUT);
	err = write_sections(obj, out, items, map, syms);
	if (err)
		goto out;
	for (k = 0; items[k].index != obj->sec_cnt; k++)
		;
	ehdr.e_shoff = items[k].new_off;
	ehdr.e_shnum = (GElf_Half)kept_cnt(obj);
	ehdr.e_shstrndx = (GElf_Half)map_index(obj, map, ehdr.e_shstrndx);
	err = -EINVAL;
	if (!gelf_update_ehdr(out, &ehdr))
		goto out;
	if (elf_update(out, ELF_C_WRITE) < 0)
		goto out;
	err = 0;
out:
	if (err == -ENOMEM)
		diag__error("%s: cannot write object: out of memory", name);
	else if (err)
		diag__error("%s: cannot write object: %s", name, elf_errmsg(-1));
	if (out)
		elf_end(out);
	free(items);
	free(map);
	free(syms);
	return err;
}

int elf_obj__write(struct elf_obj *obj, const char *path, const char *name)
{
	int fd, err;

	if (!name)
		name = path;
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		err = -errno;
		diag__error("%s: cannot create: %s", name, strerror(errno));
		return err;
	}
	err = write_elf(obj, fd, name);
	if (close(fd) && !err) {
		err = -errno;
		diag__error("%s: write failed: %s", name, strerror(errno));
	}
	return err;
}
