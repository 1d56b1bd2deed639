// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * lower_arg_ctx.c - lower `arg:ctx` for kernels before 6.8, in any object.
 *
 * Kernels before 6.8 ignore btf_decl_tag("arg:ctx"): they treat a global
 * subprogram's pointer argument as the context only when its pointee is a
 * struct named like the program type's context (kernel-facts.md §2). So,
 * per program type reaching a tagged global subprogram, this pass gives the
 * subprogram a parameter of that type, as libbpf >= 1.4 does at load time
 * (bpf_program_fixup_func_info / clone_func_btf_info), but in the object
 * and once for every loader:
 *
 *  - the first context type reaching a function keeps the original: its
 *    FUNC gets a new FUNC_PROTO with the context parameters retyped to
 *    `struct <ctx> *`, and its arg:ctx tags become inert (a 1-byte INT of
 *    the same size, as lower_btf.c does for old kernels: type ids stay);
 *  - every other context type gets a copy `name__<suffix>` appended to
 *    .text: code, relocations, func_info, line_info and CO-RE records, a
 *    FUNC (and FUNC_PROTO) of its own, a symbol;
 *  - program types without a named context before 6.8 (tracing, lsm,
 *    tracepoint, ...) get a static copy (BTF linkage static, no arg:*
 *    tags), verified in its caller's context;
 *  - functions on the way from programs to those copies are copied per
 *    context type too, and each program's calls are re-pointed.
 *
 * Static copies keep a global ELF symbol with hidden visibility: a local
 * function symbol would have to go before every global one (renumbering
 * every relocation), and cilium/ebpf refuses call relocations against
 * local function symbols. libbpf itself marks hidden globals static.
 *
 * Every offset, index and count read from the object is checked; what
 * cannot be lowered is one error naming the function and the program.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>

#include "common/diag.h"
#include "passes/pass.h"

#define KV_NATIVE_ARG_CTX BPFCC_KVER(6, 8)
#define INSN_SZ 8
#define CALL_OPCODE (BPF_JMP | BPF_CALL)
#define GROUP_DEMOTE (-1)	/* no named context before 6.8: static copy */
#define GROUP_UNKNOWN (-2)	/* a section libbpf does not know */
#define MAX_CTX_PARAMS 64
/* linux/btf.h's encoder is not in every uapi copy. */
#define INFO_ENC(kind, vlen) (((__u32)(kind) & 0x1f) << 24 | ((vlen) & 0xffff))

/* kernel-facts.md §2: the names btf_get_prog_ctx_type() compares. */
static const struct {
	const char *name;
	const char *suffix;
} ctx_structs[] = {
	{ "__sk_buff", "skb" },			{ "xdp_md", "xdp" },
	{ "bpf_user_pt_regs_t", "kprobe" },	{ "bpf_perf_event_data", "perf_event" },
	{ "bpf_raw_tracepoint_args", "raw_tp" },	{ "bpf_sock_ops", "sock_ops" },
	{ "bpf_sock", "sock" },			{ "bpf_sock_addr", "sock_addr" },
	{ "bpf_sockopt", "sockopt" },		{ "bpf_sysctl", "sysctl" },
	{ "bpf_cgroup_dev_ctx", "cgroup_dev" },	{ "sk_msg_md", "sk_msg" },
	{ "sk_reuseport_md", "sk_reuseport" },	{ "bpf_sk_lookup", "sk_lookup" },
};
#define NR_GROUPS (int)(sizeof(ctx_structs) / sizeof(ctx_structs[0]))

static const struct {
	enum bpf_prog_type type;
	int group;
} prog_groups[] = {
	{ BPF_PROG_TYPE_SOCKET_FILTER, 0 },	{ BPF_PROG_TYPE_SCHED_CLS, 0 },
	{ BPF_PROG_TYPE_SCHED_ACT, 0 },		{ BPF_PROG_TYPE_CGROUP_SKB, 0 },
	{ BPF_PROG_TYPE_SK_SKB, 0 },		{ BPF_PROG_TYPE_FLOW_DISSECTOR, 0 },
	{ BPF_PROG_TYPE_LWT_IN, 0 },		{ BPF_PROG_TYPE_LWT_OUT, 0 },
	{ BPF_PROG_TYPE_LWT_XMIT, 0 },		{ BPF_PROG_TYPE_LWT_SEG6LOCAL, 0 },
	{ BPF_PROG_TYPE_XDP, 1 },		{ BPF_PROG_TYPE_KPROBE, 2 },
	{ BPF_PROG_TYPE_PERF_EVENT, 3 },	{ BPF_PROG_TYPE_RAW_TRACEPOINT, 4 },
	{ BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE, 4 },
	{ BPF_PROG_TYPE_SOCK_OPS, 5 },		{ BPF_PROG_TYPE_CGROUP_SOCK, 6 },
	{ BPF_PROG_TYPE_CGROUP_SOCK_ADDR, 7 },	{ BPF_PROG_TYPE_CGROUP_SOCKOPT, 8 },
	{ BPF_PROG_TYPE_CGROUP_SYSCTL, 9 },	{ BPF_PROG_TYPE_CGROUP_DEVICE, 10 },
	{ BPF_PROG_TYPE_SK_MSG, 11 },		{ BPF_PROG_TYPE_SK_REUSEPORT, 12 },
	{ BPF_PROG_TYPE_SK_LOOKUP, 13 },
};

struct func {
	const char *name;
	size_t sym;
	size_t shndx;
	uint32_t off, size;	/* bytes in the section */
	bool prog;
	int group;		/* programs only */
	const char *type_name;	/* programs only: libbpf's program type name */
	__u32 btf_id;		/* its FUNC (from func_info), 0 if none */
	int linkage;		/* its FUNC's, as read */
	size_t finfo;		/* its func_info record in the section's block */
	uint64_t ctx_params;	/* tagged arg:ctx parameters */
	int depends;		/* 0 unknown, 1 visiting, 2 no, 3 yes */
	size_t call_first, call_cnt;
	size_t inst_first;	/* its first instance, SIZE_MAX if none */
};

struct call {
	uint32_t off;		/* bytes from the caller's start */
	size_t callee;
	long rel;		/* index in the section's relocations, -1 if none */
};

struct inst {
	size_t func;
	int group;
	uint32_t base;		/* its start in the section */
	size_t sym;
	__u32 btf_id;
	bool clone;
	size_t next;		/* the function's next instance, SIZE_MAX at the end */
	long *call_rel;		/* per call of the function: its relocation */
	size_t stamp;		/* program that last traversed it, plus one */
	size_t *progs;		/* programs reaching it (for remarks) */
	size_t prog_cnt;
};

struct rel_key {
	uint64_t off;
	size_t idx;
};

struct secbuf {
	struct elf_obj_sec *sec, *rel;
	uint8_t *code;
	size_t size;
	GElf_Rel *rels;
	size_t rel_cnt;
	struct rel_key *keys;	/* the input's relocations, sorted by offset */
	size_t key_cnt;
	bool changed;
};

struct lac {
	struct pass_ctx *ctx;
	const char *path;
	struct btf *btf;
	size_t text;		/* .text's section index */
	struct secbuf *secs;	/* by section index; code NULL for others */
	size_t sec_cnt;
	struct func *funcs;
	size_t func_cnt;
	long *func_of_btf;	/* FUNC id -> func index, -1 */
	__u32 btf_cnt;
	struct call *calls;
	size_t call_cnt;
	struct inst *insts;
	size_t inst_cnt;
	GElf_Sym *syms;
	size_t sym_cnt;
	const char **sym_names;	/* the input's symbol names, sorted */
	size_t sym_name_cnt;
	struct rel_key *tags;	/* DECL_TAGs on FUNCs: (FUNC id, tag id), sorted */
	size_t tag_cnt;
	char *strtab;
	size_t strtab_size;
	bool syms_changed;
	__u32 ctx_ptr[NR_GROUPS];
	__u32 demote_group_protos;
};

/* ---- small helpers ---------------------------------------------------- */

static int oom(struct lac *l)
{
	diag__error("%s: out of memory lowering arg:ctx", l->path);
	return -ENOMEM;
}

static void *grow(void *p, size_t *cap, size_t need, size_t elem)
{
	size_t n = *cap ? *cap : 8;

	if (need <= *cap)
		return p;
	while (n < need)
		n *= 2;
	p = reallocarray(p, n, elem);
	if (p)
		*cap = n;
	return p;
}

static const char *group_suffix(int g)
{
	return g == GROUP_DEMOTE ? "static" : ctx_structs[g].suffix;
}

static void kver_str(unsigned int kver, char *buf, size_t size)
{
	snprintf(buf, size, "%u.%u", kver >> 16, (kver >> 8) & 0xff);
}

static int quiet_print(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	(void)fmt;
	(void)ap;
	return 0;
}

/* The context group of a program section; its type's name in *type_name. */
static int section_group(const char *sec, const char **type_name)
{
	enum bpf_attach_type attach;
	enum bpf_prog_type type;
	libbpf_print_fn_t old;
	size_t i;
	int err;

	if (sec[0] == '?')
		sec++;
	old = libbpf_set_print(quiet_print);
	err = libbpf_prog_type_by_name(sec, &type, &attach);
	libbpf_set_print(old);
	*type_name = "unknown";
	if (err)
		return GROUP_UNKNOWN;
	*type_name = libbpf_bpf_prog_type_str(type);
	if (!*type_name)
		*type_name = "unknown";
	for (i = 0; i < sizeof(prog_groups) / sizeof(prog_groups[0]); i++)
		if (prog_groups[i].type == type)
			return prog_groups[i].group;
	return GROUP_DEMOTE;
}

static int key_cmp(const void *a, const void *b)
{
	const struct rel_key *x = a, *y = b;

	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* First key with offset >= @off. */
static size_t key_lower(const struct rel_key *k, size_t n, uint64_t off)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (k[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int func_cmp(const void *a, const void *b)
{
	const struct func *x = a, *y = b;

	if (x->shndx != y->shndx)
		return x->shndx < y->shndx ? -1 : 1;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->sym < y->sym ? -1 : x->sym > y->sym;
}

/* The function starting at @off of section @shndx, or -1. */
static long func_at(const struct lac *l, size_t shndx, uint64_t off)
{
	size_t lo = 0, hi = l->func_cnt;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct func *f = &l->funcs[mid];

		if (f->shndx < shndx || (f->shndx == shndx && f->off < off))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < l->func_cnt && l->funcs[lo].shndx == shndx && l->funcs[lo].off == off)
		return (long)lo;
	return -1;
}

static const char *sec_name(const struct lac *l, size_t shndx)
{
	return l->secs[shndx].sec->name;
}

/* ---- reading the object ----------------------------------------------- */

static bool is_code(const struct elf_obj_sec *sec)
{
	return sec->shdr.sh_type == SHT_PROGBITS && (sec->shdr.sh_flags & SHF_EXECINSTR) &&
	       sec->data;
}

static int load_sections(struct lac *l)
{
	struct elf_obj *obj = l->ctx->obj;
	size_t i, j;

	l->sec_cnt = elf_obj__section_cnt(obj);
	l->secs = calloc(l->sec_cnt ? l->sec_cnt : 1, sizeof(*l->secs));
	if (!l->secs)
		return oom(l);
	for (i = 1; i < l->sec_cnt; i++) {
		struct elf_obj_sec *sec = elf_obj__section(obj, i);
		struct secbuf *b = &l->secs[i];

		b->sec = sec;
		if (!is_code(sec))
			continue;
		if (!strcmp(sec->name, ".text"))
			l->text = i;
		b->size = sec->size;
		b->code = malloc(sec->size ? sec->size : 1);
		if (!b->code)
			return oom(l);
		memcpy(b->code, sec->data, sec->size);
		b->rel = elf_obj__rel_section_for(obj, sec);
		if (!b->rel)
			continue;
		b->rel_cnt = elf_obj__rel_cnt(b->rel);
		b->rels = calloc(b->rel_cnt ? b->rel_cnt : 1, sizeof(*b->rels));
		b->keys = calloc(b->rel_cnt ? b->rel_cnt : 1, sizeof(*b->keys));
		if (!b->rels || !b->keys)
			return oom(l);
		for (j = 0; j < b->rel_cnt; j++) {
			elf_obj__rel(obj, b->rel, j, &b->rels[j]);
			b->keys[j] = (struct rel_key){ b->rels[j].r_offset, j };
		}
		b->key_cnt = b->rel_cnt;
		qsort(b->keys, b->key_cnt, sizeof(*b->keys), key_cmp);
	}
	return 0;
}

static int load_symbols(struct lac *l)
{
	struct elf_obj *obj = l->ctx->obj;
	struct elf_obj_sec *strtab = elf_obj__strtab(obj);
	size_t i, cap = 0;

	l->sym_cnt = elf_obj__symbol_cnt(obj);
	l->syms = calloc(l->sym_cnt ? l->sym_cnt : 1, sizeof(*l->syms));
	l->strtab_size = strtab ? strtab->size : 0;
	l->strtab = malloc(l->strtab_size ? l->strtab_size : 1);
	if (!l->syms || !l->strtab)
		return oom(l);
	if (strtab)
		memcpy(l->strtab, strtab->data, strtab->size);
	for (i = 0; i < l->sym_cnt; i++) {
		const char *name;
		GElf_Sym *s = &l->syms[i];
		struct func *f;

		elf_obj__symbol(obj, i, s, &name);
		if (GELF_ST_TYPE(s->st_info) != STT_FUNC || s->st_shndx >= l->sec_cnt ||
		    !l->secs[s->st_shndx].code)
			continue;
		if (s->st_value % INSN_SZ || s->st_size % INSN_SZ ||
		    s->st_value > l->secs[s->st_shndx].size ||
		    s->st_size > l->secs[s->st_shndx].size - s->st_value) {
			diag__error("%s: function symbol '%s' (offset %llu, size %llu) does not fit "
				    "whole instructions of section '%s'", l->path, name,
				    (unsigned long long)s->st_value, (unsigned long long)s->st_size,
				    sec_name(l, s->st_shndx));
			return -EINVAL;
		}
		l->funcs = grow(l->funcs, &cap, l->func_cnt + 1, sizeof(*l->funcs));
		if (!l->funcs)
			return oom(l);
		f = &l->funcs[l->func_cnt++];
		*f = (struct func){ .name = name, .sym = i, .shndx = s->st_shndx,
				    .off = (uint32_t)s->st_value, .size = (uint32_t)s->st_size,
				    .prog = s->st_shndx != l->text, .inst_first = SIZE_MAX };
		if (f->prog)
			f->group = section_group(sec_name(l, f->shndx), &f->type_name);
	}
	if (l->func_cnt)	/* qsort(NULL, 0) is undefined (fuzz-pipeline) */
		qsort(l->funcs, l->func_cnt, sizeof(*l->funcs), func_cmp);
	for (i = 1; i < l->func_cnt; i++)
		if (l->funcs[i].shndx == l->funcs[i - 1].shndx &&
		    l->funcs[i].off == l->funcs[i - 1].off) {
			diag__error("%s: functions '%s' and '%s' start at the same offset %u of "
				    "section '%s'", l->path, l->funcs[i - 1].name, l->funcs[i].name,
				    l->funcs[i].off, sec_name(l, l->funcs[i].shndx));
			return -EINVAL;
		}
	return 0;
}

static size_t sec_by_name(const struct lac *l, const char *name)
{
	size_t i;

	for (i = 1; i < l->sec_cnt; i++)
		if (l->secs[i].code && !strcmp(l->secs[i].sec->name, name))
			return i;
	return 0;
}

/*
 * Symbol @sym next to a FUNC named @fname: the same name; or a BTF name
 * made of an ELF name with dots (BTF names are C identifiers: see
 * btf_name_of()); or LLVM's copy of the function, `fname.<suffix>`
 * (function specialization's `g.specialized.1`, say), which LLVM describes
 * with a FUNC of the original's name and parameters.
 */
enum { NAME_OTHER, NAME_SAME, NAME_LLVM_COPY };

static int func_name_match(const char *fname, const char *sym)
{
	size_t n = strlen(fname);
	size_t i;

	if (!strcmp(fname, sym))
		return NAME_SAME;
	if (!strncmp(fname, sym, n) && sym[n] == '.')
		return NAME_LLVM_COPY;
	for (i = 0; fname[i] && sym[i]; i++)
		if (fname[i] != sym[i] && !(fname[i] == '_' && sym[i] == '.'))
			return NAME_OTHER;
	return fname[i] == sym[i] ? NAME_SAME : NAME_OTHER;
}

/* func_info says which FUNC describes the code at an offset: it must name the symbol there. */
static int map_func_info(struct lac *l)
{
	struct btf_ext_info *info = &l->ctx->ext->info[BTF_EXT_FUNC_INFO];
	size_t b, i;

	for (b = 0; b < info->blk_cnt; b++) {
		struct btf_ext_block *blk = &info->blks[b];
		const char *sname = btf__name_by_offset(l->btf, blk->sec_name_off);
		size_t shndx = sname ? sec_by_name(l, sname) : 0;

		if (!shndx)
			continue;
		for (i = 0; i < blk->num_info; i++) {
			struct btf_ext_func_info fi;
			const struct btf_type *t;
			const char *fname;
			int match = NAME_OTHER;
			long f;

			btf_ext__func_info(l->ctx->ext, blk, i, &fi);
			f = func_at(l, shndx, fi.insn_off);
			t = btf__type_by_id(l->btf, fi.type_id);
			fname = t ? btf__name_by_offset(l->btf, t->name_off) : NULL;
			if (f >= 0 && fname)
				match = func_name_match(fname, l->funcs[f].name);
			if (match == NAME_OTHER) {
				diag__error("%s: .BTF.ext func_info of section '%s' at insn %u names "
					    "FUNC '%s', but %s%s%s starts there", l->path, sname,
					    fi.insn_off / INSN_SZ, fname ? fname : "?",
					    f < 0 ? "no function symbol" : "symbol '",
					    f < 0 ? "" : l->funcs[f].name, f < 0 ? "" : "'");
				return -EINVAL;
			}
			l->funcs[f].btf_id = fi.type_id;
			l->funcs[f].linkage = btf_vlen(t);
			l->funcs[f].finfo = i;
			/*
			 * clang-19 gives LLVM's copies FUNCs of their own; were
			 * one shared, it would stay the original's.
			 */
			if (match == NAME_SAME || l->func_of_btf[fi.type_id] < 0)
				l->func_of_btf[fi.type_id] = f;
		}
	}
	return 0;
}

static const struct btf_type *skip_mods(const struct btf *btf, __u32 id)
{
	const struct btf_type *t = btf__type_by_id(btf, id);
	int depth = 0;

	/* btf_obj__load() rejected cycles without a struct; bound it anyway. */
	while (t && depth++ < 64 &&
	       (btf_is_mod(t) || btf_is_typedef(t) || btf_is_type_tag(t)))
		t = btf__type_by_id(btf, t->type);
	return t;
}

/* The DECL_TAGs of each FUNC, found by binary search (edit_tags()). */
static int index_tags(struct lac *l)
{
	size_t cap = 0;
	__u32 id;

	for (id = 1; id < l->btf_cnt; id++) {
		const struct btf_type *t = btf__type_by_id(l->btf, id);

		if (!btf_is_decl_tag(t))
			continue;
		l->tags = grow(l->tags, &cap, l->tag_cnt + 1, sizeof(*l->tags));
		if (!l->tags)
			return oom(l);
		l->tags[l->tag_cnt++] = (struct rel_key){ t->type, id };
	}
	if (l->tag_cnt)
		qsort(l->tags, l->tag_cnt, sizeof(*l->tags), key_cmp);
	return 0;
}

/* Which parameters of which global functions carry arg:ctx. */
static int collect_tags(struct lac *l, bool *any)
{
	__u32 id;

	for (id = 1; id < l->btf_cnt; id++) {
		const struct btf_type *t = btf__type_by_id(l->btf, id), *fn, *proto, *pt;
		const struct btf_param *params;
		const char *pname;
		int idx;
		long f;

		if (!btf_is_decl_tag(t) ||
		    strcmp(btf__name_by_offset(l->btf, t->name_off), "arg:ctx"))
			continue;
		idx = btf_decl_tag(t)->component_idx;
		fn = btf__type_by_id(l->btf, t->type);
		if (idx < 0 || !fn || !btf_is_func(fn) || btf_vlen(fn) != BTF_FUNC_GLOBAL)
			continue;
		f = l->func_of_btf[t->type];
		if (f < 0 || l->funcs[f].prog)
			continue;	/* no code here (a declaration), or a program */
		proto = btf__type_by_id(l->btf, fn->type);
		if (!proto || !btf_is_func_proto(proto) || idx >= btf_vlen(proto)) {
			diag__error("%s: DECL_TAG 'arg:ctx' [%u] names parameter %d of global "
				    "function '%s', which has no such parameter", l->path, id, idx,
				    l->funcs[f].name);
			return -EINVAL;
		}
		params = btf_params(proto);
		pname = btf__name_by_offset(l->btf, params[idx].name_off);
		pt = skip_mods(l->btf, params[idx].type);
		if (!pt || !btf_is_ptr(pt)) {
			diag__error("%s: arg:ctx tag on parameter '%s' (#%d) of global function "
				    "'%s', which is not a pointer: only a pointer can be the context",
				    l->path, pname && *pname ? pname : "?", idx + 1, l->funcs[f].name);
			return -EINVAL;
		}
		if (idx >= MAX_CTX_PARAMS) {
			diag__error("%s: arg:ctx tag on parameter %d of '%s': bpfcc lowers the "
				    "first %d parameters only", l->path, idx + 1, l->funcs[f].name,
				    MAX_CTX_PARAMS);
			return -EINVAL;
		}
		l->funcs[f].ctx_params |= 1ull << idx;
		*any = true;
	}
	return 0;
}

/* The relocation of the instruction at @off of section @shndx, or -1. */
static long rel_at(const struct lac *l, size_t shndx, uint64_t off)
{
	const struct secbuf *b = &l->secs[shndx];
	size_t k = key_lower(b->keys, b->key_cnt, off);

	return k < b->key_cnt && b->keys[k].off == off ? (long)b->keys[k].idx : -1;
}

static int32_t insn_imm(const uint8_t *insn)
{
	int32_t imm;

	memcpy(&imm, insn + 4, sizeof(imm));
	return imm;
}

static void set_imm(uint8_t *insn, int32_t imm)
{
	memcpy(insn + 4, &imm, sizeof(imm));
}

static bool is_pseudo_call(const uint8_t *insn)
{
	/* src_reg is the high nibble of byte 1 on little-endian objects. */
	return insn[0] == CALL_OPCODE && (insn[1] >> 4) == BPF_PSEUDO_CALL;
}

/* Where does the BPF-to-BPF call at @off of @f go? */
static int call_target(struct lac *l, const struct func *f, uint32_t off, long *rel,
		       long *callee)
{
	const struct secbuf *b = &l->secs[f->shndx];
	uint64_t at = (uint64_t)f->off + off;
	int64_t target;
	GElf_Sym *s;
	size_t si;

	*rel = rel_at(l, f->shndx, at);
	if (*rel >= 0) {
		si = GELF_R_SYM(b->rels[*rel].r_info);
		if (si >= l->sym_cnt) {
			diag__error("%s: call at insn %llu of '%s' (section '%s') is relocated "
				    "against symbol %zu, past the symbol table", l->path,
				    (unsigned long long)at / INSN_SZ, f->name, sec_name(l, f->shndx), si);
			return -EINVAL;
		}
		s = &l->syms[si];
		if (s->st_shndx != l->text || !l->text) {
			diag__error("%s: call at insn %llu of '%s' (section '%s') targets a symbol "
				    "outside .text: subprograms must be in .text", l->path,
				    (unsigned long long)at / INSN_SZ, f->name, sec_name(l, f->shndx));
			return -EINVAL;
		}
		target = (int64_t)s->st_value + ((int64_t)insn_imm(b->code + at) + 1) * INSN_SZ;
	} else {
		if (f->shndx != l->text) {
			diag__error("%s: call at insn %llu of '%s' (section '%s') has no relocation: "
				    "it cannot reach a subprogram in .text", l->path,
				    (unsigned long long)at / INSN_SZ, f->name, sec_name(l, f->shndx));
			return -EINVAL;
		}
		target = (int64_t)at + ((int64_t)insn_imm(b->code + at) + 1) * INSN_SZ;
	}
	*callee = target < 0 ? -1 : func_at(l, l->text, (uint64_t)target);
	if (*callee < 0) {
		diag__error("%s: call at insn %llu of '%s' (section '%s') targets .text offset "
			    "%lld, where no function starts", l->path,
			    (unsigned long long)at / INSN_SZ, f->name, sec_name(l, f->shndx),
			    (long long)target);
		return -EINVAL;
	}
	return 0;
}

static int collect_calls(struct lac *l)
{
	size_t i, cap = 0;
	uint32_t off;
	int err;

	for (i = 0; i < l->func_cnt; i++) {
		struct func *f = &l->funcs[i];
		const uint8_t *code = l->secs[f->shndx].code + f->off;

		f->call_first = l->call_cnt;
		for (off = 0; off < f->size; off += INSN_SZ) {
			long rel, callee;

			if (!is_pseudo_call(code + off))
				continue;
			err = call_target(l, f, off, &rel, &callee);
			if (err)
				return err;
			l->calls = grow(l->calls, &cap, l->call_cnt + 1, sizeof(*l->calls));
			if (!l->calls)
				return oom(l);
			l->calls[l->call_cnt++] = (struct call){ off, (size_t)callee, rel };
		}
		f->call_cnt = l->call_cnt - f->call_first;
	}
	return 0;
}

/* Does @f reach a tagged function? Recursion depth is bounded by the number of functions. */
static bool depends(struct lac *l, size_t fi)
{
	struct func *f = &l->funcs[fi];
	bool dep = f->ctx_params != 0;
	size_t i;

	if (f->depends >= 2)
		return f->depends == 3;
	if (f->depends == 1)
		return false;	/* a cycle: the kernel rejects recursion anyway */
	f->depends = 1;
	for (i = 0; i < f->call_cnt; i++)
		if (depends(l, l->calls[f->call_first + i].callee))
			dep = true;
	f->depends = dep ? 3 : 2;
	return dep;
}

/* ---- making copies ---------------------------------------------------- */

static long add_string(struct lac *l, const char *s)
{
	size_t len = strlen(s) + 1;
	char *p = realloc(l->strtab, l->strtab_size + len);

	if (!p)
		return -ENOMEM;
	l->strtab = p;
	memcpy(p + l->strtab_size, s, len);
	l->strtab_size += len;
	return (long)(l->strtab_size - len);
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * Index the input's symbol names once: a lookup per copy stays O(log n).
 * They point into the input's string table section (l->strtab moves as
 * names are added).
 */
static int index_symbols(struct lac *l)
{
	struct elf_obj_sec *strtab = elf_obj__strtab(l->ctx->obj);
	size_t i;

	l->sym_names = calloc(l->sym_cnt ? l->sym_cnt : 1, sizeof(*l->sym_names));
	if (!l->sym_names)
		return oom(l);
	for (i = 0; i < l->sym_cnt; i++)
		if (strtab && l->syms[i].st_name < strtab->size)
			l->sym_names[l->sym_name_cnt++] =
				(const char *)strtab->data + l->syms[i].st_name;
	qsort(l->sym_names, l->sym_name_cnt, sizeof(*l->sym_names), str_cmp);
	return 0;
}

static bool symbol_exists(const struct lac *l, const char *name)
{
	return bsearch(&name, l->sym_names, l->sym_name_cnt, sizeof(*l->sym_names), str_cmp);
}

static long add_inst(struct lac *l, size_t fi, int group, bool clone)
{
	struct func *f = &l->funcs[fi];
	struct inst *in;
	size_t k;

	l->insts = reallocarray(l->insts, l->inst_cnt + 1, sizeof(*l->insts));
	if (!l->insts)
		return -ENOMEM;
	in = &l->insts[l->inst_cnt];
	*in = (struct inst){ .func = fi, .group = group, .base = f->off, .sym = f->sym,
			     .btf_id = f->btf_id, .clone = clone, .next = SIZE_MAX };
	in->call_rel = calloc(f->call_cnt ? f->call_cnt : 1, sizeof(*in->call_rel));
	if (!in->call_rel)
		return -ENOMEM;
	for (k = 0; k < f->call_cnt; k++)
		in->call_rel[k] = l->calls[f->call_first + k].rel;
	if (f->inst_first == SIZE_MAX) {
		f->inst_first = l->inst_cnt;
	} else {
		k = f->inst_first;
		while (l->insts[k].next != SIZE_MAX)
			k = l->insts[k].next;
		l->insts[k].next = l->inst_cnt;
	}
	return (long)l->inst_cnt++;
}

/* Append @f's code and relocations to .text as instance @ii. */
static int copy_code(struct lac *l, size_t ii, const char *name)
{
	struct inst *in = &l->insts[ii];
	struct func *f = &l->funcs[in->func];
	struct secbuf *t = &l->secs[l->text];
	size_t k, first, n, rel_base = t->rel_cnt;
	bool hidden;
	uint8_t *code;
	GElf_Sym *syms;
	long str;

	if (t->size > UINT32_MAX - f->size) {
		diag__error("%s: .text would exceed 4 GiB lowering arg:ctx", l->path);
		return -E2BIG;
	}
	code = realloc(t->code, t->size + f->size ? t->size + f->size : 1);
	if (!code)
		return oom(l);
	t->code = code;
	memcpy(code + t->size, code + f->off, f->size);
	in->base = (uint32_t)t->size;
	t->size += f->size;
	t->changed = true;

	/* Its relocations: the sorted slice of .text's covering [off, off + size). */
	first = key_lower(t->keys, t->key_cnt, f->off);
	for (n = 0; first + n < t->key_cnt &&
		    t->keys[first + n].off < (uint64_t)f->off + f->size;)
		n++;
	if (n) {
		GElf_Rel *rels = reallocarray(t->rels, rel_base + n, sizeof(*rels));

		if (!rels)
			return oom(l);
		t->rels = rels;
		for (k = 0; k < n; k++) {
			GElf_Rel r;

			/* From the input: the original's may be re-pointed already. */
			elf_obj__rel(l->ctx->obj, t->rel, t->keys[first + k].idx, &r);

			r.r_offset = r.r_offset - f->off + in->base;
			t->rels[rel_base + k] = r;
		}
		t->rel_cnt = rel_base + n;
	}
	for (k = 0; k < f->call_cnt; k++) {
		const struct call *c = &l->calls[f->call_first + k];
		size_t p;

		if (c->rel < 0) {
			/* pc-relative: keep pointing at the same function */
			uint64_t at = (uint64_t)in->base + c->off;
			int64_t rel = ((int64_t)l->funcs[c->callee].off - (int64_t)at) / INSN_SZ - 1;

			set_imm(t->code + at, (int32_t)rel);
			in->call_rel[k] = -1;
			continue;
		}
		p = key_lower(t->keys + first, n, (uint64_t)f->off + c->off);
		in->call_rel[k] = (long)(rel_base + p);
	}

	/* Its symbol: global; hidden for a static copy (see the top). */
	hidden = in->group == GROUP_DEMOTE || GELF_ST_BIND(l->syms[f->sym].st_info) == STB_LOCAL;
	str = add_string(l, name);
	syms = reallocarray(l->syms, l->sym_cnt + 1, sizeof(*syms));
	if (str < 0 || !syms)
		return oom(l);
	l->syms = syms;
	syms[l->sym_cnt] = (GElf_Sym){
		.st_name = (Elf64_Word)str,
		.st_info = GELF_ST_INFO(STB_GLOBAL, STT_FUNC),
		.st_other = hidden ? STV_HIDDEN : STV_DEFAULT,
		.st_shndx = (Elf64_Section)l->text,
		.st_value = in->base,
		.st_size = f->size,
	};
	in->sym = l->sym_cnt++;
	l->syms_changed = true;
	return 0;
}

/* The instance of function @fi for @group; a copy if another group has the original. */
static long instance(struct lac *l, size_t fi, int group)
{
	struct func *f = &l->funcs[fi];
	char name[512];
	size_t k;
	long ii;
	int err;

	for (k = f->inst_first; k != SIZE_MAX; k = l->insts[k].next)
		if (l->insts[k].group == group)
			return (long)k;
	if (f->inst_first == SIZE_MAX)
		return add_inst(l, fi, group, false);
	if ((size_t)snprintf(name, sizeof(name), "%s__%s", f->name, group_suffix(group)) >=
	    sizeof(name)) {
		diag__error("%s: name of function '%s' too long to lower arg:ctx", l->path,
			    f->name);
		return -ENAMETOOLONG;
	}
	if (symbol_exists(l, name)) {
		diag__error("%s: cannot copy '%s' for arg:ctx lowering: a symbol '%s' exists "
			    "already", l->path, f->name, name);
		return -EEXIST;
	}
	ii = add_inst(l, fi, group, true);
	if (ii < 0)
		return oom(l);
	err = copy_code(l, (size_t)ii, name);
	return err ? err : ii;
}

/*
 * Point the call @k of instance @ii (in section @shndx) at instance @ti: a
 * copy through its (global) symbol, an original as the input did (a static
 * function through the section symbol and the offset in imm, as clang
 * writes it and as cilium/ebpf requires).
 */
static void repoint(struct lac *l, size_t ii, size_t shndx, size_t k, size_t ti)
{
	struct inst *in = &l->insts[ii];
	const struct func *f = &l->funcs[in->func];
	const struct call *c = &l->calls[f->call_first + k];
	struct secbuf *b = &l->secs[shndx];
	uint64_t at = (uint64_t)in->base + c->off;
	const struct inst *to = &l->insts[ti];

	if (in->call_rel[k] >= 0) {
		GElf_Rel *r = &b->rels[in->call_rel[k]];

		if (to->clone) {
			r->r_info = GELF_R_INFO(to->sym, GELF_R_TYPE(r->r_info));
			set_imm(b->code + at, -1);
		} else {
			GElf_Rel orig;

			elf_obj__rel(l->ctx->obj, b->rel, (size_t)c->rel, &orig);
			r->r_info = orig.r_info;
			set_imm(b->code + at, insn_imm(b->sec->data + f->off + c->off));
		}
	} else {
		set_imm(b->code + at, (int32_t)(((int64_t)to->base - (int64_t)at) / INSN_SZ - 1));
	}
	b->changed = true;
}

static int note_prog(struct lac *l, size_t ii, size_t prog)
{
	struct inst *in = &l->insts[ii];
	size_t *p;

	if (in->prog_cnt && in->progs[in->prog_cnt - 1] == prog)
		return 0;
	p = reallocarray(in->progs, in->prog_cnt + 1, sizeof(*p));
	if (!p)
		return oom(l);
	p[in->prog_cnt++] = prog;
	in->progs = p;
	return 0;
}

/* Give program @pi's call tree the instances of its context group. */
static int lower_program(struct lac *l, size_t pi, size_t **work, size_t *work_cap)
{
	const struct func *p = &l->funcs[pi];
	size_t n = 0, k;
	long root;

	root = add_inst(l, pi, p->group, false);
	if (root < 0)
		return oom(l);
	(*work)[n++] = (size_t)root;
	l->insts[root].stamp = pi + 1;
	while (n) {
		size_t ii = (*work)[--n];
		size_t fi = l->insts[ii].func;
		size_t shndx = l->funcs[fi].shndx;

		for (k = 0; k < l->funcs[fi].call_cnt; k++) {
			size_t callee = l->calls[l->funcs[fi].call_first + k].callee;
			long ti;

			if (!depends(l, callee))
				continue;
			if (p->group == GROUP_UNKNOWN) {
				diag__error("%s: cannot lower arg:ctx of '%s' for program '%s': bpfcc "
					    "does not know the program type of section '%s', so its "
					    "context type is unknown", l->path, l->funcs[callee].name,
					    p->name, sec_name(l, p->shndx));
				return -EINVAL;
			}
			ti = instance(l, callee, p->group);
			if (ti < 0)
				return (int)ti;
			repoint(l, ii, shndx, k, (size_t)ti);
			if (note_prog(l, (size_t)ti, pi))
				return -ENOMEM;
			if (l->insts[ti].stamp == pi + 1)
				continue;
			l->insts[ti].stamp = pi + 1;
			*work = grow(*work, work_cap, n + 1, sizeof(**work));
			if (!*work)
				return oom(l);
			(*work)[n++] = (size_t)ti;
		}
	}
	return 0;
}

static int lower_calls(struct lac *l)
{
	size_t i, cap = 16, *work = malloc(cap * sizeof(*work));
	int err = 0;

	if (!work)
		return oom(l);
	for (i = 0; i < l->func_cnt && !err; i++)
		if (l->funcs[i].prog)
			err = lower_program(l, i, &work, &cap);
	free(work);
	return err;
}

/* ---- BTF -------------------------------------------------------------- */

static int btf_fail(struct lac *l, long err)
{
	diag__error("%s: cannot add BTF for arg:ctx lowering: %s", l->path, strerror((int)-err));
	return (int)err;
}

/* `struct <ctx> *`: the object's own struct if it has one, else a new empty one. */
static long ctx_ptr(struct lac *l, int g)
{
	__u32 id, n = btf__type_cnt(l->btf);
	long sid = 0, pid;

	if (l->ctx_ptr[g])
		return l->ctx_ptr[g];
	for (id = 1; id < n && !sid; id++) {
		const struct btf_type *t = btf__type_by_id(l->btf, id);

		if (btf_is_struct(t) &&
		    !strcmp(btf__name_by_offset(l->btf, t->name_off), ctx_structs[g].name))
			sid = id;
	}
	if (!sid)
		sid = btf__add_struct(l->btf, ctx_structs[g].name, 0);
	if (sid < 0)
		return sid;
	pid = btf__add_ptr(l->btf, (int)sid);
	if (pid > 0)
		l->ctx_ptr[g] = (__u32)pid;
	return pid;
}

/* A copy of @f's FUNC_PROTO with its context parameters retyped for @g. */
static long lowered_proto(struct lac *l, const struct func *f, int g)
{
	const struct btf_type *fn = btf__type_by_id(l->btf, f->btf_id);
	const struct btf_type *proto = btf__type_by_id(l->btf, fn->type);
	__u32 proto_id = fn->type, ret = proto->type;
	int i, vlen = btf_vlen(proto);
	long ptr = ctx_ptr(l, g), id;

	if (ptr < 0)
		return ptr;
	id = btf__add_func_proto(l->btf, (int)ret);
	for (i = 0; id > 0 && i < vlen; i++) {
		/* Re-read: every add may move the types. */
		const struct btf_param *pp = btf_params(btf__type_by_id(l->btf, proto_id)) + i;
		__u32 type = (f->ctx_params >> i) & 1 ? (__u32)ptr : pp->type;
		const char *name = btf__name_by_offset(l->btf, pp->name_off);
		char copy[256];
		int err;

		snprintf(copy, sizeof(copy), "%s", name ? name : "");
		err = btf__add_func_param(l->btf, copy[0] ? copy : NULL, (int)type);
		if (err)
			return err;
	}
	return id;
}

/* Make a DECL_TAG inert, in place: a 1-byte INT, as lower_btf.c does for old kernels. */
static void neutralize_tag(struct lac *l, __u32 id)
{
	struct btf_type *t = (struct btf_type *)btf__type_by_id(l->btf, id);
	__u32 enc = 8;	/* nr_bits 8, offset 0, no encoding */

	t->info = INFO_ENC(BTF_KIND_INT, 0);
	t->size = 1;
	memcpy(t + 1, &enc, sizeof(enc));
}

/*
 * The DECL_TAGs of @func_id: make the arg:ctx (or, @all_args, every arg:*)
 * ones inert, or (@copy_to) copy the others to FUNC @copy_to.
 */
static int edit_tags(struct lac *l, __u32 func_id, bool all_args, __u32 copy_to)
{
	size_t k = key_lower(l->tags, l->tag_cnt, func_id);

	for (; k < l->tag_cnt && l->tags[k].off == func_id; k++) {
		__u32 id = (__u32)l->tags[k].idx;
		const struct btf_type *t = btf__type_by_id(l->btf, id);
		const char *v;
		bool drop;
		char copy[256];
		int idx;

		v = btf__name_by_offset(l->btf, t->name_off);
		idx = btf_decl_tag(t)->component_idx;
		drop = !strcmp(v, "arg:ctx") || (all_args && !strncmp(v, "arg:", 4));
		if (!copy_to) {
			if (drop)
				neutralize_tag(l, id);
			continue;
		}
		if (drop)
			continue;
		snprintf(copy, sizeof(copy), "%s", v);
		if (btf__add_decl_tag(l->btf, copy, (int)copy_to, idx) < 0)
			return -ENOMEM;
	}
	return 0;
}

static void set_linkage(struct lac *l, __u32 id, int linkage)
{
	struct btf_type *t = (struct btf_type *)btf__type_by_id(l->btf, id);

	t->info = INFO_ENC(BTF_KIND_FUNC, linkage);
}

/*
 * The BTF name of a copy's FUNC: its symbol's, with dots (LLVM's copies,
 * `g.specialized.1__xdp`) made underscores, since the kernel takes only C
 * identifiers as FUNC names.
 */
static const char *btf_name_of(char *buf, size_t size, const char *sym)
{
	size_t i;

	for (i = 0; sym[i] && i + 1 < size; i++)
		buf[i] = sym[i] == '.' ? '_' : sym[i];
	buf[i] = '\0';
	return buf;
}

static int lower_btf_inst(struct lac *l, struct inst *in)
{
	const struct func *f = &l->funcs[in->func];
	char name[512];
	const struct btf_type *fn;
	int linkage;
	__u32 proto;
	long id;

	if (!f->btf_id)
		return 0;
	fn = btf__type_by_id(l->btf, f->btf_id);
	proto = fn->type;
	linkage = f->linkage;	/* the original's may be static by now */
	if (f->ctx_params && in->group == GROUP_DEMOTE) {
		linkage = BTF_FUNC_STATIC;
	} else if (f->ctx_params) {
		id = lowered_proto(l, f, in->group);
		if (id < 0)
			return btf_fail(l, id);
		proto = (__u32)id;
	}
	if (!in->clone && l->func_of_btf[f->btf_id] != (long)in->func)
		return 0;	/* a FUNC another function owns: that one edits it */
	if (!in->clone) {
		struct btf_type *t = (struct btf_type *)btf__type_by_id(l->btf, f->btf_id);

		t->type = proto;
		set_linkage(l, f->btf_id, linkage);
		if (f->ctx_params)
			edit_tags(l, f->btf_id, in->group == GROUP_DEMOTE, 0);
		if (f->ctx_params && in->group == GROUP_DEMOTE)
			l->syms[in->sym].st_other = STV_HIDDEN, l->syms_changed = true;
		return 0;
	}
	id = btf__add_func(l->btf, btf_name_of(name, sizeof(name), l->strtab + l->syms[in->sym].st_name),
			   linkage, (int)proto);
	if (id < 0)
		return btf_fail(l, id);
	in->btf_id = (__u32)id;
	if (edit_tags(l, f->btf_id, in->group == GROUP_DEMOTE && f->ctx_params, in->btf_id))
		return btf_fail(l, -ENOMEM);
	return 0;
}

/* ---- .BTF.ext --------------------------------------------------------- */

struct ext_slice {
	struct rel_key *keys;	/* records sorted by insn_off */
	size_t n;
	struct btf_ext_block *blk;
};

static int ext_index(struct lac *l, enum btf_ext_kind kind, struct ext_slice *s)
{
	struct btf_ext_info *info = &l->ctx->ext->info[kind];
	size_t b, i;

	memset(s, 0, sizeof(*s));
	for (b = 0; b < info->blk_cnt; b++) {
		const char *name = btf__name_by_offset(l->btf, info->blks[b].sec_name_off);

		if (name && !strcmp(name, ".text"))
			s->blk = &info->blks[b];
	}
	if (!s->blk)
		return 0;
	s->n = s->blk->num_info;
	s->keys = calloc(s->n ? s->n : 1, sizeof(*s->keys));
	if (!s->keys)
		return oom(l);
	for (i = 0; i < s->n; i++) {
		uint32_t off;

		memcpy(&off, s->blk->recs + i * info->rec_size, sizeof(off));
		s->keys[i] = (struct rel_key){ off, i };
	}
	qsort(s->keys, s->n, sizeof(*s->keys), key_cmp);
	return 0;
}

/* Copy the records of [f->off, f->off + size) to the copy at @base. */
static int copy_records(struct lac *l, enum btf_ext_kind kind, const struct ext_slice *s,
			const struct func *f, uint32_t base)
{
	size_t k = key_lower(s->keys, s->n, f->off);

	for (; k < s->n && s->keys[k].off < (uint64_t)f->off + f->size; k++) {
		uint8_t *rec = btf_ext__append_copy(l->ctx->ext, kind, s->blk, s->keys[k].idx);
		uint32_t off = (uint32_t)s->keys[k].off - f->off + base;

		if (!rec)
			return oom(l);
		memcpy(rec, &off, sizeof(off));
	}
	return 0;
}

static int lower_ext(struct lac *l)
{
	struct ext_slice fi, li, cr;
	size_t i;
	int err;

	if (!l->ctx->ext)
		return 0;
	err = ext_index(l, BTF_EXT_FUNC_INFO, &fi);
	err = err ?: ext_index(l, BTF_EXT_LINE_INFO, &li);
	err = err ?: ext_index(l, BTF_EXT_CORE_RELO, &cr);
	for (i = 0; !err && i < l->inst_cnt; i++) {
		const struct inst *in = &l->insts[i];
		const struct func *f = &l->funcs[in->func];

		if (!in->clone)
			continue;
		if (fi.blk && in->btf_id) {
			uint8_t *rec = btf_ext__append_copy(l->ctx->ext, BTF_EXT_FUNC_INFO, fi.blk,
							    f->finfo);

			if (!rec)
				err = oom(l);
			else
				memcpy(rec, &(uint32_t[2]){ in->base, in->btf_id }, 8);
		}
		if (!err && li.blk)
			err = copy_records(l, BTF_EXT_LINE_INFO, &li, f, in->base);
		if (!err && cr.blk)
			err = copy_records(l, BTF_EXT_CORE_RELO, &cr, f, in->base);
	}
	free(fi.keys);
	free(li.keys);
	free(cr.keys);
	l->ctx->ext_changed = true;
	return err;
}

/* ---- remarks and output ----------------------------------------------- */

/* "prog.c:12:5" from the function's first line_info record, if any. */
static void func_loc(struct lac *l, const struct func *f, char *buf, size_t size)
{
	struct btf_ext_info *info;
	size_t b, i;

	buf[0] = 0;
	if (!l->ctx->ext)
		return;
	info = &l->ctx->ext->info[BTF_EXT_LINE_INFO];
	for (b = 0; b < info->blk_cnt; b++) {
		struct btf_ext_block *blk = &info->blks[b];
		const char *name = btf__name_by_offset(l->btf, blk->sec_name_off);

		if (!name || strcmp(name, ".text"))
			continue;
		for (i = 0; i < blk->orig_num; i++) {
			struct btf_ext_line_info li;
			const char *file, *base;

			btf_ext__line_info(l->ctx->ext, blk, i, &li);
			if (li.insn_off != f->off)
				continue;
			file = btf__name_by_offset(l->btf, li.file_name_off);
			if (!file)
				return;
			base = strrchr(file, '/');
			if (BTF_EXT_LINE_COL(li.line_col))
				snprintf(buf, size, "%s:%u:%u", base ? base + 1 : file,
					 BTF_EXT_LINE_NUM(li.line_col),
					 BTF_EXT_LINE_COL(li.line_col));
			else
				snprintf(buf, size, "%s:%u", base ? base + 1 : file,
					 BTF_EXT_LINE_NUM(li.line_col));
			return;
		}
	}
}

static void programs_text(const struct lac *l, const struct inst *in, char *buf, size_t size)
{
	size_t i, n = 0;

	buf[0] = 0;
	for (i = 0; i < in->prog_cnt && n < size; i++) {
		const struct func *p = &l->funcs[in->progs[i]];

		n += snprintf(buf + n, size - n, "%s%s program '%s'",
			      i == 0 ? "" : i + 1 == in->prog_cnt ? " and " : ", ", p->type_name,
			      p->name);
	}
}

static void report(struct lac *l)
{
	char kv[16], loc[512], progs[1024];
	size_t i;

	if (!l->ctx->opts->remark_arg_ctx)
		return;
	kver_str(l->ctx->opts->target_kver, kv, sizeof(kv));
	for (i = 0; i < l->inst_cnt; i++) {
		const struct inst *in = &l->insts[i];
		const struct func *f = &l->funcs[in->func];
		const char *name = l->strtab + l->syms[in->sym].st_name;

		if (!f->ctx_params || f->prog)
			continue;
		func_loc(l, f, loc, sizeof(loc));
		programs_text(l, in, progs, sizeof(progs));
		if (in->group == GROUP_DEMOTE)
			diag__remark_at(loc[0] ? loc : NULL,
					"%s%smade global function '%s' static as '%s' for kernel %s: "
					"the context of %s has no named type before 6.8, so it is "
					"verified in its caller's context [-Rbpfcc-arg-ctx]",
					loc[0] ? "" : l->path, loc[0] ? "" : ": ", f->name, name, kv,
					progs);
		else
			diag__remark_at(loc[0] ? loc : NULL,
					"%s%slowered arg:ctx of global function '%s' as '%s' taking "
					"'struct %s *' for kernel %s (%s) [-Rbpfcc-arg-ctx]",
					loc[0] ? "" : l->path, loc[0] ? "" : ": ", f->name, name,
					ctx_structs[in->group].name, kv, progs);
	}
	for (i = 0; i < l->func_cnt; i++) {
		const struct func *f = &l->funcs[i];

		if (!f->ctx_params || f->inst_first != SIZE_MAX)
			continue;
		func_loc(l, f, loc, sizeof(loc));
		diag__remark_at(loc[0] ? loc : NULL,
				"%s%sarg:ctx of global function '%s' not lowered for kernel %s: no "
				"program in this object calls it, so its context type is unknown "
				"[-Rbpfcc-arg-ctx]", loc[0] ? "" : l->path, loc[0] ? "" : ": ",
				f->name, kv);
	}
}

static int store_code(struct lac *l)
{
	struct elf_obj *obj = l->ctx->obj;
	size_t i, size;
	void *buf;
	int err;

	for (i = 1; i < l->sec_cnt; i++) {
		struct secbuf *b = &l->secs[i];

		if (!b->changed)
			continue;
		err = elf_obj__replace_section(obj, b->sec, b->code, b->size);
		if (err)
			return err;
		if (!b->rel)
			continue;
		buf = elf_obj__encode_rels(obj, b->rels, b->rel_cnt, &size);
		if (!buf)
			return oom(l);
		err = elf_obj__replace_section_owned(obj, b->rel, buf, size);
		if (err)
			return err;
	}
	if (!l->syms_changed)
		return 0;
	err = elf_obj__replace_section(obj, elf_obj__strtab(obj), l->strtab, l->strtab_size);
	if (err)
		return err;
	buf = elf_obj__encode_symbols(obj, l->syms, l->sym_cnt, &size);
	if (!buf)
		return oom(l);
	return elf_obj__replace_section_owned(obj, elf_obj__symtab(obj), buf, size);
}

static void lac_free(struct lac *l)
{
	size_t i;

	for (i = 0; l->secs && i < l->sec_cnt; i++) {
		free(l->secs[i].code);
		free(l->secs[i].rels);
		free(l->secs[i].keys);
	}
	for (i = 0; i < l->inst_cnt; i++) {
		free(l->insts[i].call_rel);
		free(l->insts[i].progs);
	}
	free(l->secs);
	free(l->funcs);
	free(l->func_of_btf);
	free(l->calls);
	free(l->insts);
	free(l->syms);
	free(l->sym_names);
	free(l->tags);
	free(l->strtab);
}

static int run(struct lac *l)
{
	bool any = false;
	size_t i;
	int err;

	err = load_sections(l);
	if (err || !l->text)
		return err;
	if (!elf_obj__native_endian(l->ctx->obj) || elf_obj__big_endian(l->ctx->obj))
		return 0;	/* .BTF.ext is host order only (btf_ext.h) */
	err = load_symbols(l);
	if (err)
		return err;
	l->func_of_btf = malloc(l->btf_cnt * sizeof(*l->func_of_btf));
	if (!l->func_of_btf)
		return oom(l);
	memset(l->func_of_btf, 0xff, l->btf_cnt * sizeof(*l->func_of_btf));
	err = map_func_info(l);
	err = err ?: collect_tags(l, &any);
	if (err || !any)
		return err;
	err = collect_calls(l);
	err = err ?: index_symbols(l);
	err = err ?: index_tags(l);
	err = err ?: lower_calls(l);
	for (i = 0; !err && i < l->inst_cnt; i++)
		err = lower_btf_inst(l, &l->insts[i]);
	err = err ?: lower_ext(l);
	err = err ?: store_code(l);
	if (err)
		return err;
	l->ctx->btf_changed = true;
	report(l);
	return 0;
}

int lower_arg_ctx__run(struct pass_ctx *ctx)
{
	struct lac l = { .ctx = ctx, .path = elf_obj__path(ctx->obj), .btf = ctx->btf };
	int err;

	if (!ctx->btf || !ctx->ext || ctx->opts->no_lower_arg_ctx ||
	    ctx->opts->target_kver >= KV_NATIVE_ARG_CTX)
		return 0;
	l.btf_cnt = btf__type_cnt(ctx->btf);
	err = run(&l);
	lac_free(&l);
	return err;
}
