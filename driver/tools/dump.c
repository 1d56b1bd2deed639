// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpfcc-dump - print an object's .BTF (in the text of `bpftool btf dump
 * file`) and every .BTF.ext record, one per line. docs/object-format.md
 * describes the format.
 *
 * Everything is checked before anything is printed, and the output is
 * built in memory: a bad object gives one error line and no output.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>

#include "common/diag.h"
#include "obj/btf_obj.h"
#include "obj/core_relo.h"
#include "obj/elf_obj.h"

enum {
	SHOW_BTF = 1 << 0,
	SHOW_FUNC_INFO = 1 << 1,
	SHOW_LINE_INFO = 1 << 2,
	SHOW_CORE_RELO = 1 << 3,
	SHOW_ALL = 0xf,
};

struct dumper {
	FILE *out;
	const char *path;
	const struct btf *btf;
	const struct btf_ext *ext;
	struct btf_dump *cdump;	/* C declarations for func_info prototypes */
	char *decl;		/* what cdump printed */
	size_t decl_len, decl_cap;
};

/* ---- .BTF, as bpftool 7.1 prints it (bpftool/btf.c dump_btf_type) ---- */

static const char *const kind_names[] = {
	"UNKNOWN", "INT", "PTR", "ARRAY", "STRUCT", "UNION", "ENUM", "FWD", "TYPEDEF",
	"VOLATILE", "CONST", "RESTRICT", "FUNC", "FUNC_PROTO", "VAR", "DATASEC", "FLOAT",
	"DECL_TAG", "TYPE_TAG", "ENUM64",
};

static const char *kind_name(const struct btf_type *t)
{
	unsigned int k = btf_kind(t);

	return k < sizeof(kind_names) / sizeof(kind_names[0]) ? kind_names[k] : "UNKNOWN";
}

/* bpftool's spelling of names: "(anon)" for none. */
static const char *btf_name(const struct btf *btf, __u32 off)
{
	if (!off)
		return "(anon)";
	return btf__name_by_offset(btf, off) ?: "(invalid)";
}

static const char *int_encoding(__u8 enc)
{
	switch (enc) {
	case 0:
		return "(none)";
	case BTF_INT_SIGNED:
		return "SIGNED";
	case BTF_INT_CHAR:
		return "CHAR";
	case BTF_INT_BOOL:
		return "BOOL";
	default:
		return "UNKN";
	}
}

static const char *linkage_name(__u32 linkage)
{
	switch (linkage) {
	case 0:
		return "static";
	case 1:
		return "global";
	case 2:
		return "extern";
	default:
		return "(unknown)";
	}
}

static void print_members(FILE *out, const struct btf *btf, const struct btf_type *t)
{
	const struct btf_member *m = btf_members(t);
	int i;

	for (i = 0; i < btf_vlen(t); i++, m++) {
		__u32 bit_off = btf_kflag(t) ? BTF_MEMBER_BIT_OFFSET(m->offset) : m->offset;
		__u32 bit_sz = btf_kflag(t) ? BTF_MEMBER_BITFIELD_SIZE(m->offset) : 0;

		fprintf(out, "\n\t'%s' type_id=%u bits_offset=%u", btf_name(btf, m->name_off),
			m->type, bit_off);
		if (bit_sz)
			fprintf(out, " bitfield_size=%u", bit_sz);
	}
}

static void print_enum(FILE *out, const struct btf *btf, const struct btf_type *t)
{
	int i;

	fprintf(out, " encoding=%s size=%u vlen=%u", btf_kflag(t) ? "SIGNED" : "UNSIGNED",
		t->size, btf_vlen(t));
	for (i = 0; i < btf_vlen(t); i++) {
		if (btf_is_enum(t)) {
			const struct btf_enum *v = btf_enum(t) + i;

			if (btf_kflag(t))
				fprintf(out, "\n\t'%s' val=%d", btf_name(btf, v->name_off), v->val);
			else
				fprintf(out, "\n\t'%s' val=%u", btf_name(btf, v->name_off),
					(__u32)v->val);
		} else {
			const struct btf_enum64 *v = btf_enum64(t) + i;
			__u64 val = ((__u64)v->val_hi32 << 32) | v->val_lo32;

			if (btf_kflag(t))
				fprintf(out, "\n\t'%s' val=%lldLL", btf_name(btf, v->name_off),
					(long long)val);
			else
				fprintf(out, "\n\t'%s' val=%lluULL", btf_name(btf, v->name_off),
					(unsigned long long)val);
		}
	}
}

static void print_datasec(FILE *out, const struct btf *btf, const struct btf_type *t)
{
	const struct btf_var_secinfo *v = btf_var_secinfos(t);
	int i;

	fprintf(out, " size=%u vlen=%u", t->size, btf_vlen(t));
	for (i = 0; i < btf_vlen(t); i++, v++) {
		const struct btf_type *vt = btf__type_by_id(btf, v->type);

		fprintf(out, "\n\ttype_id=%u offset=%u size=%u (%s '%s')", v->type, v->offset,
			v->size, kind_name(vt), btf_name(btf, vt->name_off));
	}
}

static void print_func_proto(FILE *out, const struct btf *btf, const struct btf_type *t)
{
	const struct btf_param *p = btf_params(t);
	int i;

	fprintf(out, " ret_type_id=%u vlen=%u", t->type, btf_vlen(t));
	for (i = 0; i < btf_vlen(t); i++, p++)
		fprintf(out, "\n\t'%s' type_id=%u", btf_name(btf, p->name_off), p->type);
}

static void print_btf_type(FILE *out, const struct btf *btf, __u32 id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	__u32 v;

	fprintf(out, "[%u] %s '%s'", id, kind_name(t), btf_name(btf, t->name_off));
	switch (btf_kind(t)) {
	case BTF_KIND_INT:
		v = *(const __u32 *)(t + 1);
		fprintf(out, " size=%u bits_offset=%u nr_bits=%u encoding=%s", t->size,
			BTF_INT_OFFSET(v), BTF_INT_BITS(v), int_encoding(BTF_INT_ENCODING(v)));
		break;
	case BTF_KIND_PTR:
	case BTF_KIND_CONST:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPEDEF:
	case BTF_KIND_TYPE_TAG:
		fprintf(out, " type_id=%u", t->type);
		break;
	case BTF_KIND_ARRAY:
		fprintf(out, " type_id=%u index_type_id=%u nr_elems=%u", btf_array(t)->type,
			btf_array(t)->index_type, btf_array(t)->nelems);
		break;
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
		fprintf(out, " size=%u vlen=%u", t->size, btf_vlen(t));
		print_members(out, btf, t);
		break;
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		print_enum(out, btf, t);
		break;
	case BTF_KIND_FWD:
		fprintf(out, " fwd_kind=%s", btf_kflag(t) ? "union" : "struct");
		break;
	case BTF_KIND_FUNC:
		fprintf(out, " type_id=%u linkage=%s", t->type, linkage_name(btf_vlen(t)));
		break;
	case BTF_KIND_FUNC_PROTO:
		print_func_proto(out, btf, t);
		break;
	case BTF_KIND_VAR:
		fprintf(out, " type_id=%u, linkage=%s", t->type, linkage_name(btf_var(t)->linkage));
		break;
	case BTF_KIND_DATASEC:
		print_datasec(out, btf, t);
		break;
	case BTF_KIND_FLOAT:
		fprintf(out, " size=%u", t->size);
		break;
	case BTF_KIND_DECL_TAG:
		fprintf(out, " type_id=%u component_idx=%d", t->type, btf_decl_tag(t)->component_idx);
		break;
	default:
		break;
	}
	fputc('\n', out);
}

static void dump_btf(struct dumper *d)
{
	__u32 id;

	for (id = 1; id < btf__type_cnt(d->btf); id++)
		print_btf_type(d->out, d->btf, id);
}

/* ---- .BTF.ext ---- */

static const char *sec_name(const struct dumper *d, const struct btf_ext_block *b)
{
	return btf__name_by_offset(d->btf, b->sec_name_off);
}

static void collect_decl(void *ctx, const char *fmt, va_list args)
{
	struct dumper *d = ctx;
	va_list copy;
	int n;

	va_copy(copy, args);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n <= 0)
		return;
	if (d->decl_len + (size_t)n + 1 > d->decl_cap) {
		size_t cap = (d->decl_len + (size_t)n + 1) * 2;
		char *p = realloc(d->decl, cap);

		if (!p)
			return;
		d->decl = p;
		d->decl_cap = cap;
	}
	vsnprintf(d->decl + d->decl_len, d->decl_cap - d->decl_len, fmt, args);
	d->decl_len += (size_t)n;
}

/*
 * libbpf's btf_dump writes anonymous structs and unions out in full, with a
 * "long: 64;" line for every 8 bytes of padding: a 5 KB object declaring an
 * anonymous union of 2 GB took seconds and 250 MB of output (fuzz-dump).
 * Whether the declaration of @id would write more than @budget bytes' worth
 * of anonymous struct, union or enum bodies (charged by their size and
 * member count), following what btf_dump expands inline.
 */
static bool decl_too_large(const struct btf *btf, __u32 id, int depth, __u64 *budget)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	__u64 cost;
	__u16 i, n;

	if (!t || depth > 32)
		return depth > 32;
	n = btf_vlen(t);
	switch (btf_kind(t)) {
	case BTF_KIND_PTR:
	case BTF_KIND_CONST:
	case BTF_KIND_VOLATILE:
	case BTF_KIND_RESTRICT:
	case BTF_KIND_TYPE_TAG:
		return decl_too_large(btf, t->type, depth + 1, budget);
	case BTF_KIND_ARRAY:
		return decl_too_large(btf, btf_array(t)->type, depth + 1, budget);
	case BTF_KIND_FUNC_PROTO:
		if (decl_too_large(btf, t->type, depth + 1, budget))
			return true;
		for (i = 0; i < n; i++)
			if (decl_too_large(btf, btf_params(t)[i].type, depth + 1, budget))
				return true;
		return false;
	case BTF_KIND_STRUCT:
	case BTF_KIND_UNION:
	case BTF_KIND_ENUM:
	case BTF_KIND_ENUM64:
		if (t->name_off && *btf__name_by_offset(btf, t->name_off))
			return false; /* printed by name */
		/*
		 * Padding is written up to the size, to each member's offset and
		 * past each member's own size (an INT may claim gigabytes).
		 */
		cost = (__u64)t->size + n;
		for (i = 0; btf_is_composite(t) && i < n; i++) {
			__s64 sz = btf__resolve_size(btf, btf_members(t)[i].type);

			cost += btf_member_bit_offset(t, i) / 8 + (sz > 0 ? (__u64)sz : 0);
		}
		if (*budget < cost)
			return true;
		*budget -= cost;
		for (i = 0; btf_is_composite(t) && i < n; i++)
			if (decl_too_large(btf, btf_members(t)[i].type, depth + 1, budget))
				return true;
		return false;
	default:
		return false;
	}
}

/* "int prog(struct xdp_md *ctx)" on one line. */
static const char *func_decl(struct dumper *d, const struct btf_type *func)
{
	LIBBPF_OPTS(btf_dump_emit_type_decl_opts, opts,
		    .field_name = btf__name_by_offset(d->btf, func->name_off));
	__u64 budget = 64 * 1024;
	size_t i;

	if (decl_too_large(d->btf, func->type, 0, &budget))
		return "(prototype not printed: anonymous types over 64 KiB or nested over 32 deep)";
	d->decl_len = 0;
	if (d->decl)
		d->decl[0] = 0;
	if (btf_dump__emit_type_decl(d->cdump, func->type, &opts) || !d->decl)
		return "?";
	for (i = 0; i < d->decl_len; i++)
		if (d->decl[i] == '\n' || d->decl[i] == '\t')
			d->decl[i] = ' ';
	return d->decl;
}

static void dump_func_info(struct dumper *d)
{
	const struct btf_ext_info *info = &d->ext->info[BTF_EXT_FUNC_INFO];
	size_t i, r;

	for (i = 0; i < info->blk_cnt; i++) {
		const struct btf_ext_block *b = &info->blks[i];

		for (r = 0; r < b->num_info; r++) {
			struct btf_ext_func_info fi;
			const struct btf_type *t;

			btf_ext__func_info(d->ext, b, r, &fi);
			t = btf__type_by_id(d->btf, fi.type_id);
			fprintf(d->out, "func_info sec='%s' insn=%u [%u] FUNC '%s' linkage=%s: %s\n",
				sec_name(d, b), fi.insn_off / 8, fi.type_id,
				btf_name(d->btf, t->name_off), linkage_name(btf_vlen(t)),
				func_decl(d, t));
		}
	}
}

static void dump_line_info(struct dumper *d)
{
	const struct btf_ext_info *info = &d->ext->info[BTF_EXT_LINE_INFO];
	size_t i, r;

	for (i = 0; i < info->blk_cnt; i++) {
		const struct btf_ext_block *b = &info->blks[i];

		for (r = 0; r < b->num_info; r++) {
			struct btf_ext_line_info li;

			btf_ext__line_info(d->ext, b, r, &li);
			fprintf(d->out, "line_info sec='%s' insn=%u %s:%u:%u: %s\n", sec_name(d, b),
				li.insn_off / 8, btf__name_by_offset(d->btf, li.file_name_off),
				BTF_EXT_LINE_NUM(li.line_col), BTF_EXT_LINE_COL(li.line_col),
				btf__name_by_offset(d->btf, li.line_off));
		}
	}
}

static int dump_core_relo_rec(struct dumper *d, const struct btf_ext_block *b, size_t r)
{
	struct btf_ext_core_relo cr;
	const struct btf_type *root;
	const char *kind;
	char path[1024];
	char kbuf[32];

	btf_ext__core_relo(d->ext, b, r, &cr);
	root = btf__type_by_id(d->btf, cr.type_id);
	kind = core_relo__kind_name(cr.kind);
	if (!kind) {
		snprintf(kbuf, sizeof(kbuf), "kind%u", cr.kind);
		kind = kbuf;
	}
	if (core_relo__path(d->btf, &cr, path, sizeof(path))) {
		diag__error("%s: .BTF.ext: core_relo: sec '%s' insn %u: %s", d->path,
			    sec_name(d, b), cr.insn_off / 8, path);
		return -EINVAL;
	}
	fprintf(d->out, "core_relo sec='%s' insn=%u %s [%u] %s '%s' access='%s': %s\n",
		sec_name(d, b), cr.insn_off / 8, kind, cr.type_id, kind_name(root),
		btf_name(d->btf, root->name_off), btf__name_by_offset(d->btf, cr.access_str_off),
		path);
	return 0;
}

static int dump_core_relo(struct dumper *d)
{
	const struct btf_ext_info *info = &d->ext->info[BTF_EXT_CORE_RELO];
	size_t i, r;
	int err;

	for (i = 0; i < info->blk_cnt; i++)
		for (r = 0; r < info->blks[i].num_info; r++) {
			err = dump_core_relo_rec(d, &info->blks[i], r);
			if (err)
				return err;
		}
	return 0;
}

static int dump_ext(struct dumper *d, int show)
{
	if (!d->ext)
		return 0;
	d->cdump = btf_dump__new(d->btf, collect_decl, d, NULL);
	if (!d->cdump) {
		diag__error("%s: out of memory", d->path);
		return -ENOMEM;
	}
	if (show & SHOW_FUNC_INFO)
		dump_func_info(d);
	if (show & SHOW_LINE_INFO)
		dump_line_info(d);
	return show & SHOW_CORE_RELO ? dump_core_relo(d) : 0;
}

static int dump_object(const char *path, int show)
{
	struct dumper d = { .path = path };
	struct elf_obj *obj = NULL;
	struct btf_ext *ext = NULL;
	struct btf *btf = NULL;
	char *text = NULL;
	size_t text_len = 0;
	int err;

	err = elf_obj__open(path, &obj);
	if (!err)
		err = btf_obj__load(obj, &btf, 0);
	if (!err && !btf) {
		diag__error("%s: no .BTF section (was it compiled with -g?)", path);
		err = -ENOENT;
	}
	if (!err)
		err = btf_obj__load_ext(obj, btf, &ext);
	if (err)
		goto out;
	d.btf = btf;
	d.ext = ext;
	d.out = open_memstream(&text, &text_len);
	if (!d.out) {
		err = -ENOMEM;
		diag__error("%s: out of memory", path);
		goto out;
	}
	if (show & SHOW_BTF)
		dump_btf(&d);
	err = dump_ext(&d, show);
	if (fclose(d.out) && !err) {
		err = -ENOMEM;
		diag__error("%s: out of memory", path);
	}
	if (!err && fwrite(text, 1, text_len, stdout) != text_len) {
		err = -EIO;
		diag__error("cannot write to standard output");
	}
out:
	free(text);
	free(d.decl);
	btf_dump__free(d.cdump);
	btf_ext__free(ext);
	btf__free(btf);
	elf_obj__free(obj);
	return err;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: bpfcc-dump [--btf] [--func-info] [--line-info] [--core-relo] OBJ\n"
		   "Print the .BTF of a BPF object (as `bpftool btf dump file` does) and its\n"
		   ".BTF.ext records, one per line. Without a selector, print everything.\n");
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "btf", no_argument, NULL, 'b' },
		{ "func-info", no_argument, NULL, 'f' },
		{ "line-info", no_argument, NULL, 'l' },
		{ "core-relo", no_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{},
	};
	int show = 0, c;

	diag__set_prog("bpfcc-dump");
	opterr = 0;	/* one error line, ours */
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'b':
			show |= SHOW_BTF;
			break;
		case 'f':
			show |= SHOW_FUNC_INFO;
			break;
		case 'l':
			show |= SHOW_LINE_INFO;
			break;
		case 'c':
			show |= SHOW_CORE_RELO;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			diag__error("unknown option '%s' (see --help)", argv[optind - 1]);
			return 2;
		}
	}
	if (optind + 1 != argc) {
		diag__error("expected exactly one object file (see --help)");
		return 2;
	}
	return dump_object(argv[optind], show ? show : SHOW_ALL) ? 1 : 0;
}
