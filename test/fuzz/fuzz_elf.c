// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * fuzz_elf - ELF and section handling (driver/obj/elf_obj.c).
 *
 * Open the input as an object, walk everything the passes and tools read
 * (sections by index and name, symbols, relocations), write it back, and
 * require that what elf_obj__write() produced opens again with the same
 * sections: bpfcc must never write an object it would itself reject.
 */
#include <string.h>

#include "fuzz_common.h"
#include "obj/elf_obj.h"

static struct fuzz_file in, out;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	diag__set_prog("fuzz-elf");
	fuzz_file_open(&in, "fuzz-elf-in");
	fuzz_file_open(&out, "fuzz-elf-out");
	return 0;
}

static void walk(struct elf_obj *obj)
{
	volatile size_t sink = 0;
	size_t i, k;

	for (i = 0; i < elf_obj__section_cnt(obj); i++) {
		struct elf_obj_sec *sec = elf_obj__section(obj, i);
		struct elf_obj_sec *rel;

		/* Every name but the null section's is found again. */
		if (i && elf_obj__section_by_name(obj, sec->name) == NULL)
			abort();
		for (k = 0; sec->data && k < sec->size; k += 61)
			sink += sec->data[k];
		if (sec->shdr.sh_type == SHT_REL) {
			for (k = 0; k < elf_obj__rel_cnt(sec); k++) {
				GElf_Rel r;

				elf_obj__rel(obj, sec, k, &r);
				sink += r.r_offset;
			}
		}
		rel = elf_obj__rel_section_for(obj, sec);
		if (rel)
			sink += rel->index;
	}
	for (i = 0; i < elf_obj__symbol_cnt(obj); i++) {
		const char *name;
		GElf_Sym sym;

		if (elf_obj__symbol(obj, i, &sym, &name) || !name)
			abort();
		sink += strlen(name);
	}
	(void)sink;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct elf_obj *obj = NULL, *again = NULL;
	int before = diag__error_count();
	int err;

	fuzz_file_set(&in, data, size);
	err = elf_obj__open(in.path, &obj);
	fuzz_check_diag("elf_obj__open", err, before);
	if (err)
		return 0;
	walk(obj);

	/* An untouched object is written back and must open again. */
	before = diag__error_count();
	err = elf_obj__write(obj, out.path, NULL);
	fuzz_check_diag("elf_obj__write", err, before);
	if (!err) {
		before = diag__error_count();
		if (elf_obj__open(out.path, &again)) {
			fprintf(stderr, "fuzz-elf: the written object does not open again\n");
			abort();
		}
		if (elf_obj__section_cnt(again) != elf_obj__section_cnt(obj))
			abort();
		walk(again);
		elf_obj__free(again);
	}
	elf_obj__free(obj);
	return 0;
}
