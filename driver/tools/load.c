// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * bpfcc-load - load every program of BPF objects into the running kernel,
 * one at a time, and print one machine-readable line per program:
 *
 *   object file=x.bpf.o progs=2
 *   prog name=good section=xdp type=xdp result=ok errno=0 insns=12
 *   prog name=bad section=tc type=sched_cls result=fail errno=13 insns=7
 *     <last lines of the verifier log>
 *
 * Exit status: 0 when every program loaded, 1 when some program failed,
 * 2 for usage errors and objects that cannot be opened.
 *
 * --probe and --probe-trampoline tell whether this kernel can load programs
 * at all, and programs attached through BPF trampolines (fentry, fexit,
 * lsm); the test suite turns them into lit features.
 *
 * --loader cilium runs the same tool written with cilium/ebpf instead of
 * libbpf (tools/load/loader.c).
 */
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/diag.h"
#include "tools/load/load.h"

#define EXIT_FAILED	1
#define EXIT_USAGE	2

#define DEFAULT_LOG_TAIL 20

struct options {
	long log_tail;
};

static void usage(FILE *f)
{
	fprintf(f,
		"usage: bpfcc-load [--loader libbpf|cilium] [--log-tail N] OBJ...\n"
		"       bpfcc-load --probe | --probe-trampoline\n"
		"\n"
		"Loads each program of each BPF object into the running kernel on its\n"
		"own and prints one line per program:\n"
		"  prog name=NAME section=SEC type=TYPE result=ok|fail errno=N insns=N|-\n"
		"followed, for failures, by the last lines of the verifier log.\n"
		"\n"
		"  --loader L          libbpf (default) or cilium: cilium/ebpf 0.9.1, which\n"
		"                      does not rewrite BTF at load time\n"
		"  --log-tail N        verifier log lines shown per failure (default %d)\n"
		"  --probe             exit 0 if this kernel can load BPF programs\n"
		"  --probe-trampoline  exit 0 if it can load fentry/fexit/lsm programs\n"
		"  --help, --version\n"
		"Exit status: 0 all loaded, 1 some program failed, 2 usage or open error.\n",
		DEFAULT_LOG_TAIL);
}

static int run_probe(int (*probe)(const char **why))
{
	const char *why = "";
	int err = probe(&why);

	printf("%s\n", why);
	return err ? EXIT_FAILED : 0;
}

/*
 * Print, indented, the non-empty lines of text after the first skip ones,
 * at most n of them; return how many non-empty lines text has.
 */
static long print_lines(const char *text, long skip, long n)
{
	long seen = 0;

	while (*text) {
		size_t len = strcspn(text, "\n");

		if (len && ++seen > skip && seen - skip <= n)
			printf("  %.*s\n", (int)len, text);
		text += len + (text[len] == '\n');
	}
	return seen;
}

/* Print the last n non-empty lines of text, indented. */
static void print_tail(const char *text, long n)
{
	long total;

	if (n <= 0)
		return;
	total = print_lines(text, LONG_MAX, 0);
	print_lines(text, total > n ? total - n : 0, n);
}

static void print_result(const struct load_prog *prog,
			 const struct load_result *res,
			 const struct options *opts)
{
	char insns[24] = "-";

	if (res->insns >= 0)
		snprintf(insns, sizeof(insns), "%ld", res->insns);
	printf("prog name=%s section=%s type=%s result=%s errno=%d insns=%s\n",
	       prog->name, prog->section, prog->type,
	       res->err ? "fail" : "ok", res->err, insns);
	if (!res->err)
		return;
	/* Without a verifier log, libbpf's messages are the only reason. */
	print_tail(res->log[0] ? res->log : res->messages, opts->log_tail);
}

/* Load every program of one object; 0, EXIT_FAILED or EXIT_USAGE. */
static int load_one_object(const char *path, const struct options *opts,
			   char *pin_root, size_t pin_root_size)
{
	struct load_object obj;
	struct load_result res;
	int status = 0;

	if (load_object__list(&obj, path))
		return EXIT_USAGE;
	if (obj.has_pins && !pin_root[0] &&
	    pin__make_root(pin_root, pin_root_size)) {
		load_object__free(&obj);
		return EXIT_USAGE;
	}
	printf("object file=%s progs=%zu\n", path, obj.nr_progs);
	for (size_t i = 0; i < obj.nr_progs; i++) {
		load_object__load_prog(&obj, i, obj.has_pins ? pin_root : NULL,
				       &res);
		print_result(&obj.progs[i], &res, opts);
		if (res.err)
			status = EXIT_FAILED;
	}
	load_object__free(&obj);
	return status;
}

static int parse_count(const char *arg, long *out)
{
	char *end;
	long v;

	v = strtol(arg, &end, 10);
	if (end == arg || *end || v < 0 || v == LONG_MAX)
		return -1;
	*out = v;
	return 0;
}

enum { OPT_PROBE = 256, OPT_PROBE_TRAMPOLINE, OPT_LOG_TAIL, OPT_VERSION };

static const struct option long_options[] = {
	{ "log-tail", required_argument, NULL, OPT_LOG_TAIL },
	{ "probe", no_argument, NULL, OPT_PROBE },
	{ "probe-trampoline", no_argument, NULL, OPT_PROBE_TRAMPOLINE },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ 0 },
};

int main(int argc, char **argv)
{
	struct options opts = { .log_tail = DEFAULT_LOG_TAIL };
	char pin_root[PATH_MAX] = "";
	int c, status = 0;

	diag__set_prog("bpfcc-load");
	/* Lines reach a pipe or the VM's serial port as they are decided. */
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (loader__select(&argc, argv))
		return EXIT_USAGE;
	load__capture_libbpf();

	opterr = 0;
	while ((c = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		switch (c) {
		case OPT_LOG_TAIL:
			if (parse_count(optarg, &opts.log_tail)) {
				diag__error("--log-tail: '%s' is not a line count", optarg);
				return EXIT_USAGE;
			}
			break;
		case OPT_PROBE:
			return run_probe(probe__socket_filter);
		case OPT_PROBE_TRAMPOLINE:
			return run_probe(probe__trampoline);
		case 'h':
			usage(stdout);
			return 0;
		case OPT_VERSION:
			printf("bpfcc-load %s\n", BPFCC_VERSION);
			return 0;
		default:
			if (optopt == OPT_LOG_TAIL)
				diag__error("--log-tail needs a line count");
			else
				diag__error("unknown option '%s' (see --help)",
					    argv[optind - 1]);
			return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		diag__error("no BPF object given (see --help)");
		return EXIT_USAGE;
	}

	for (int i = optind; i < argc; i++) {
		int s = load_one_object(argv[i], &opts, pin_root,
					sizeof(pin_root));

		if (s > status)
			status = s;
	}
	if (pin_root[0])
		pin__remove_root(pin_root);
	return status;
}
