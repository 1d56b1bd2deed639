// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * prog.c - load one program of an object into the running kernel.
 *
 * libbpf stops at the first program that fails to load, so a failure would
 * hide every program after it. Each program is therefore loaded on its own:
 * open the object afresh, mark only that program for loading, load, close.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <bpf/libbpf.h>

#include "common/diag.h"
#include "tools/load/load.h"

/*
 * Verifier log levels (include/linux/bpf_verifier.h). LEVEL1 prints every
 * instruction the verifier walks, which gives a failure its context;
 * STATS prints the verdict and the "processed N insns" line only.
 */
#define LOG_LEVEL1	1
#define LOG_STATS	4

/* Large enough for the level-1 log of nearly every failing program. */
#define FULL_LOG_SIZE	(16u << 20)
#define STATS_LOG_SIZE	(64u << 10)
#define MESSAGES_SIZE	(64u << 10)

static char stats_log[STATS_LOG_SIZE];
static char *full_log;
static char messages[MESSAGES_SIZE];
static size_t messages_len;

/*
 * libbpf explains failures it detects itself (no kernel log at all: an
 * unresolved attach target, a map the kernel refuses) only through its
 * print callback. Keep its warnings so they can be shown with the verdict;
 * it is silent otherwise.
 */
static int libbpf_capture(enum libbpf_print_level level, const char *fmt,
			  va_list ap)
{
	int n;

	if (level != LIBBPF_WARN || messages_len >= sizeof(messages) - 1)
		return 0;
	n = vsnprintf(messages + messages_len, sizeof(messages) - messages_len,
		      fmt, ap);
	if (n > 0)
		messages_len += (size_t)n;
	if (messages_len >= sizeof(messages))
		messages_len = sizeof(messages) - 1;
	return 0;
}

void load__capture_libbpf(void)
{
	libbpf_set_print(libbpf_capture);
}

static void messages__reset(void)
{
	messages_len = 0;
	messages[0] = '\0';
}

static struct bpf_object *object__open(const char *path, const char *pin_root)
{
	LIBBPF_OPTS(bpf_object_open_opts, opts, .pin_root_path = pin_root);

	return bpf_object__open_file(path, &opts);
}

static int load_prog__fill(struct load_prog *p, const struct bpf_program *prog)
{
	const char *type = libbpf_bpf_prog_type_str(bpf_program__type(prog));

	p->name = strdup(bpf_program__name(prog));
	p->section = strdup(bpf_program__section_name(prog));
	p->type = type ? type : "unknown";
	return p->name && p->section ? 0 : -ENOMEM;
}

static int object__has_pins(const struct bpf_object *o)
{
	struct bpf_map *map;

	bpf_object__for_each_map(map, o)
		if (bpf_map__pin_path(map))
			return 1;
	return 0;
}

/* List the programs of the object at path, without loading anything. */
int load_object__list(struct load_object *obj, const char *path)
{
	struct bpf_program *prog;
	struct bpf_object *o;
	size_t n = 0;
	int err = 0;

	memset(obj, 0, sizeof(*obj));
	obj->path = path;
	messages__reset();
	o = object__open(path, NULL);
	if (!o) {
		char msg[128];

		err = -errno;
		/* libbpf's own codes (e.g. 4001: not a BPF ELF) are beyond errno. */
		libbpf_strerror(err, msg, sizeof(msg));
		diag__error("%s: cannot open BPF object: %s", path, msg);
		return err;
	}
	bpf_object__for_each_program(prog, o)
		n++;
	obj->progs = calloc(n ? n : 1, sizeof(*obj->progs));
	if (!obj->progs) {
		err = -ENOMEM;
		goto out;
	}
	bpf_object__for_each_program(prog, o) {
		err = load_prog__fill(&obj->progs[obj->nr_progs++], prog);
		if (err)
			goto out;
	}
	obj->has_pins = object__has_pins(o);
out:
	if (err == -ENOMEM)
		diag__error("%s: out of memory", path);
	bpf_object__close(o);
	return err;
}

void load_object__free(struct load_object *obj)
{
	for (size_t i = 0; i < obj->nr_progs; i++) {
		free(obj->progs[i].name);
		free(obj->progs[i].section);
	}
	free(obj->progs);
	obj->progs = NULL;
	obj->nr_progs = 0;
}

/* Mark only the idx-th program of o for loading; return it. */
static struct bpf_program *object__select(struct bpf_object *o, size_t idx)
{
	struct bpf_program *prog, *chosen = NULL;
	size_t i = 0;

	bpf_object__for_each_program(prog, o) {
		bpf_program__set_autoload(prog, i == idx);
		if (i++ == idx)
			chosen = prog;
	}
	return chosen;
}

/*
 * One load of one program with the given verifier log level into buf.
 * Returns 0 or a negative errno; buf holds the kernel's log.
 */
static int load_attempt(const struct load_object *obj, size_t idx,
			const char *pin_root, int level, char *buf, size_t size)
{
	struct bpf_program *prog;
	struct bpf_object *o;
	int err;

	buf[0] = '\0';
	messages__reset();
	o = object__open(obj->path, pin_root);
	if (!o)
		return -errno;
	prog = object__select(o, idx);
	if (!prog) {
		/* The object changed on disk since it was listed. */
		bpf_object__close(o);
		return -ENOENT;
	}
	bpf_program__set_log_buf(prog, buf, size);
	bpf_program__set_log_level(prog, level);
	err = bpf_object__load(o);
	if (pin_root)
		bpf_object__unpin_maps(o, NULL);
	bpf_object__close(o);
	return err;
}

/* The verifier's last "processed N insns" line, or -1. */
static long log__processed_insns(const char *log)
{
	static const char key[] = "processed ";
	const char *p = log;
	long insns = -1;
	char *end;
	long n;

	while ((p = strstr(p, key)) != NULL) {
		p += sizeof(key) - 1;
		n = strtol(p, &end, 10);
		if (end != p && strncmp(end, " insns", 6) == 0)
			insns = n;
	}
	return insns;
}

/*
 * Load the idx-th program of obj. A passing program is verified once with
 * the cheap stats-only log (a level-1 log of a large program costs time and,
 * on 6.1, overflows any buffer into ENOSPC even though the program passes).
 * A program the verifier rejects is loaded again with the level-1 log, whose
 * tail shows the instructions that led to the rejection; if that log
 * overflows, the stats log (which still holds the verifier's message) is
 * kept.
 */
int load_object__load_prog(const struct load_object *obj, size_t idx,
			   const char *pin_root, struct load_result *res)
{
	int err;

	err = load_attempt(obj, idx, pin_root, LOG_STATS, stats_log,
			   sizeof(stats_log));
	res->err = -err;
	res->log = stats_log;
	res->insns = log__processed_insns(stats_log);
	res->messages = messages;
	/* No kernel log: the verifier never ran, a retry tells no more. */
	if (!err || !stats_log[0])
		return 0;

	if (!full_log)
		full_log = malloc(FULL_LOG_SIZE);
	if (!full_log)
		return 0;
	err = load_attempt(obj, idx, pin_root, LOG_LEVEL1, full_log,
			   FULL_LOG_SIZE);
	if (-err == res->err) {
		res->log = full_log;
		if (log__processed_insns(full_log) >= 0)
			res->insns = log__processed_insns(full_log);
	}
	return 0;
}
