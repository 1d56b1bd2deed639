// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * fuzz_btf_ext - the .BTF.ext parser and writer (driver/obj/btf_ext.c).
 *
 * Input: u32 n (little-endian), n bytes of .BTF, then the .BTF.ext bytes.
 * (Seeds are cut this way from compiled objects by make-seeds.py; without
 * the ELF around them most mutations land in the bytes under test.)
 *
 * What a parse accepted must survive a round trip: written, it parses
 * again, writing that gives the same bytes, every record is found where
 * btf_ext__map_offset() says it went, and dropping any subsection (as the
 * lowering pass does) still writes a .BTF.ext that parses.
 */
#include <errno.h>
#include <string.h>

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include "fuzz_common.h"
#include "obj/btf_ext.h"

static int silent(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	return 0;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	diag__set_prog("fuzz-btf-ext");
	libbpf_set_print(silent);
	return 0;
}

static struct btf_ext *parse_ok(const void *data, size_t size, const struct btf *btf,
				const char *what)
{
	int before = diag__error_count();
	struct btf_ext *ext;
	int err;

	err = btf_ext__parse(data, size, btf, what, &ext);
	fuzz_check_diag(what, err, before);
	if (err) {
		fprintf(stderr, "fuzz-btf-ext: %s: written .BTF.ext does not parse\n", what);
		abort();
	}
	return ext;
}

static void check_moves(const struct btf_ext *ext, const uint8_t *out, size_t out_size)
{
	size_t i, r;
	int k;

	for (k = 0; k < BTF_EXT_KIND_CNT; k++) {
		const struct btf_ext_info *info = &ext->info[k];

		for (i = 0; i < info->blk_cnt; i++) {
			const struct btf_ext_block *b = &info->blks[i];

			for (r = 0; r < b->num_info; r++) {
				uint32_t old = b->orig_off + (uint32_t)(r * info->rec_size), new;
				int err = btf_ext__map_offset(ext, old, &new);

				if (err == -ENOENT && info->dropped)
					continue;
				/* Overlapping subsections map to the first one. */
				if (err || (uint64_t)new + info->rec_size > out_size)
					abort();
			}
		}
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct btf_ext *ext, *ext2;
	void *w1 = NULL, *w2 = NULL;
	size_t s1, s2;
	struct btf *btf;
	uint32_t n;
	int before, err, k;

	if (size < 4)
		return 0;
	memcpy(&n, data, 4);
	if (n > size - 4)
		return 0;
	btf = btf__new(data + 4, n);
	if (libbpf_get_error(btf))
		return 0;

	before = diag__error_count();
	err = btf_ext__parse(data + 4 + n, size - 4 - n, btf, "in", &ext);
	fuzz_check_diag("btf_ext__parse", err, before);
	if (err)
		goto out;

	if (btf_ext__write(ext, &w1, &s1))
		abort();
	check_moves(ext, w1, s1);
	ext2 = parse_ok(w1, s1, btf, "written");
	if (btf_ext__write(ext2, &w2, &s2))
		abort();
	if (s1 != s2 || memcmp(w1, w2, s1)) {
		fprintf(stderr, "fuzz-btf-ext: writing is not idempotent\n");
		abort();
	}
	btf_ext__free(ext2);
	free(w2);

	/* Drop each subsection in turn, as the lowering pass may. */
	for (k = 0; k < BTF_EXT_KIND_CNT; k++) {
		struct btf_ext *e = parse_ok(w1, s1, btf, "written");
		void *w3;
		size_t s3;

		btf_ext__drop(e, k);
		if (btf_ext__write(e, &w3, &s3))
			abort();
		check_moves(e, w3, s3);
		btf_ext__free(parse_ok(w3, s3, btf, "dropped"));
		btf_ext__free(e);
		free(w3);
	}
	free(w1);
	btf_ext__free(ext);
out:
	btf__free(btf);
	return 0;
}
