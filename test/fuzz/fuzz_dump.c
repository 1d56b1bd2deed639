// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * fuzz_dump - .BTF walking: btf_obj__load() and everything bpfcc-dump
 * prints (bpftool's type text, C prototypes through libbpf's btf_dump,
 * every .BTF.ext record and CO-RE access path).
 *
 * This is bpfcc-dump's own code: driver/tools/dump.c is compiled into the
 * harness with its main() renamed, and dump_object() runs on each input.
 */
#define main bpfcc_dump_main
#include "tools/dump.c"
#undef main

#include "fuzz_common.h"

static struct fuzz_file in;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	diag__set_prog("fuzz-dump");
	fuzz_quiet_stdout();
	fuzz_file_open(&in, "fuzz-dump-in");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int before = diag__error_count();
	int err;

	fuzz_file_set(&in, data, size);
	err = dump_object(in.path, SHOW_ALL);
	fuzz_check_diag("dump_object", err, before);
	return 0;
}
