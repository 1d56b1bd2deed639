/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * toolpaths.h - where clang-19, the plugin and the runtime headers are.
 *
 * Everything is found relative to the bpfcc executable, so the build tree
 * (build/bin, build/lib/bpfcc, build/include) and an installed prefix
 * (bin, lib/bpfcc, include) work the same, and a prefix can be moved:
 *
 *   clang    $BPFCC_CLANG, else <exe dir>/clang-19 if present, else the
 *            clang bpfcc was built against (BPFCC_DEFAULT_CLANG)
 *   plugin   $BPFCC_PLUGIN, else <exe dir>/../lib/bpfcc/bpfcc-plugin.so
 *   include  $BPFCC_INCLUDE_DIR, else <exe dir>/../include
 */
#ifndef __BPFCC_TOOLPATHS_H
#define __BPFCC_TOOLPATHS_H

struct toolpaths {
	char *clang;
	char *plugin;
	char *include;
};

/* Find clang only (for --version). 0, or -errno after one error line. */
int toolpaths__find_clang(struct toolpaths *tp);
/* Find all three. 0, or -errno after one error line. */
int toolpaths__find(struct toolpaths *tp);
void toolpaths__free(struct toolpaths *tp);

#endif /* __BPFCC_TOOLPATHS_H */
