// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * fuzz_pipeline - the whole post-processor, object in -> object out, as
 * standalone `bpfcc --target-kernel=X in.o -o out.o` runs it
 * (passes__run()), for targets 4.18, 5.2, 5.15 and 6.1: each lowers a
 * different set of BTF kinds (docs/btf-lowering.md), and every one of them
 * (< 6.8) runs the arg:ctx lowering first (lower_arg_ctx.c: call graph,
 * code copies, symbols, func_info/line_info/CO-RE records).
 *
 * What the post-processor wrote must itself be a valid object: it opens,
 * its .BTF and .BTF.ext load, and it goes through the pipeline again for
 * the same target without error.
 */
#include <string.h>

#include <bpf/btf.h>

#include "fuzz_common.h"
#include "obj/btf_obj.h"
#include "obj/elf_obj.h"
#include "passes/passes.h"

static struct fuzz_file in, out, out2;

static const unsigned int targets[] = {
	BPFCC_KVER(4, 18), BPFCC_KVER(5, 2), BPFCC_KVER(5, 15), BPFCC_KVER(6, 1),
};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	diag__set_prog("fuzz-pipeline");
	fuzz_file_open(&in, "fuzz-pipeline-in");
	fuzz_file_open(&out, "fuzz-pipeline-out");
	fuzz_file_open(&out2, "fuzz-pipeline-out2");
	return 0;
}

static void check_output(const struct passes_opts *opts)
{
	struct elf_obj *obj = NULL;
	struct btf_ext *ext = NULL;
	struct btf *btf = NULL;
	int err;

	err = elf_obj__open(out.path, &obj);
	if (!err)
		err = btf_obj__load(obj, &btf, 0);
	if (!err)
		err = btf_obj__load_ext(obj, btf, &ext);
	if (!err)
		err = passes__run(opts, out.path, out2.path, NULL, NULL);
	if (err) {
		fprintf(stderr, "fuzz-pipeline: target %#x: the output is not a valid object\n",
			opts->target_kver);
		abort();
	}
	btf_ext__free(ext);
	btf__free(btf);
	elf_obj__free(obj);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t i;

	fuzz_file_set(&in, data, size);
	for (i = 0; i < sizeof(targets) / sizeof(targets[0]); i++) {
		struct passes_opts opts = { .target_kver = targets[i] };
		int before = diag__error_count();
		int err;

		err = passes__run(&opts, in.path, out.path, NULL, NULL);
		fuzz_check_diag("passes__run", err, before);
		if (err)
			continue;	/* some lowerings fail for some targets only */
		check_output(&opts);
	}
	return 0;
}
