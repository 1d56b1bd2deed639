/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * load.h - the pieces of bpfcc-load: load one program of an object into the
 * running kernel and report what the verifier said, probe what the kernel
 * can load, keep map pins private.
 */
#ifndef __BPFCC_TOOLS_LOAD_H
#define __BPFCC_TOOLS_LOAD_H

#include <stddef.h>

/* One program of an object, as listed before any load. */
struct load_prog {
	char *name;
	char *section;
	const char *type;	/* libbpf's name of the program type */
};

struct load_object {
	const char *path;
	struct load_prog *progs;
	size_t nr_progs;
	int has_pins;		/* some map is pinned by name */
};

/* What loading one program gave. */
struct load_result {
	int err;		/* 0, or a positive errno */
	long insns;		/* "processed N insns", -1 when not reported */
	const char *log;	/* verifier log of the load that decided */
	const char *messages;	/* libbpf's warnings during the load */
};

/* prog.c */
int load_object__list(struct load_object *obj, const char *path);
void load_object__free(struct load_object *obj);
int load_object__load_prog(const struct load_object *obj, size_t idx,
			   const char *pin_root, struct load_result *res);
void load__capture_libbpf(void);

/* probe.c: 0 when the kernel can, else a negative errno and *why set. */
int probe__socket_filter(const char **why);
int probe__trampoline(const char **why);

/* loader.c: --loader; runs bpfcc-load-cilium in our place for cilium. */
int loader__select(int *argc, char **argv);

/* pin.c: a private directory on bpffs for maps pinned by name. */
int pin__make_root(char *buf, size_t size);
void pin__remove_root(const char *dir);

#endif /* __BPFCC_TOOLS_LOAD_H */
