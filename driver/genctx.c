// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* genctx.c - bpfcc --bpfcc-gen-ctx: named context structs as a C header. */
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#include "common/diag.h"
#include "common/strvec.h"
#include "genctx.h"
#include "process.h"
#include "toolpaths.h"

int genctx__run(const struct args *a)
{
	struct toolpaths tp;
	struct strvec sv = {};
	size_t i, len = 0;
	char *hooks;
	int status;

	if (toolpaths__find(&tp))
		return 1;
	/* Hook names arrive as "inputs"; the plugin takes them comma-separated. */
	for (i = 0; i < a->ninputs; i++)
		len += strlen(args__input(a, i)->value) + 1;
	hooks = calloc(1, len + 1);
	if (!hooks) {
		diag__error("out of memory");
		toolpaths__free(&tp);
		return 1;
	}
	for (i = 0; i < a->ninputs; i++) {
		const char *h = args__input(a, i)->value;

		if (strchr(h, ',')) {
			diag__error("'%s' is not a hook name", h);
			free(hooks);
			toolpaths__free(&tp);
			return 1;
		}
		if (i)
			strcat(hooks, ",");
		strcat(hooks, h);
	}

	strvec__push(&sv, tp.clang);
	strvec__push(&sv, "-target");
	strvec__push(&sv, "bpf");
	strvec__pushf(&sv, "-fplugin=%s", tp.plugin);
	/* --target-btf and -W flags, as the plugin would get them in a compile. */
	for (i = 0; i < a->nitems; i++)
		if (a->items[i].kind == ITEM_BPFCC && a->items[i].value)
			strvec__push(&sv, a->items[i].value);
	if (a->ninputs)
		strvec__pushf(&sv, "-fplugin-arg-bpfcc-gen-ctx=%s", hooks);
	else
		strvec__push(&sv, "-fplugin-arg-bpfcc-gen-ctx");
	strvec__push(&sv, "-fsyntax-only");
	strvec__push(&sv, "-x");
	strvec__push(&sv, "c");
	strvec__push(&sv, "/dev/null");

	status = process__run(sv.v, a->opts.verbose);
	strvec__free(&sv);
	free(hooks);
	toolpaths__free(&tp);
	if (status < 0)
		return 1;
	if (WIFEXITED(status))
		return WEXITSTATUS(status) ? 1 : 0;
	diag__error("%s was killed (signal %d)", tp.clang, WTERMSIG(status));
	return 1;
}
