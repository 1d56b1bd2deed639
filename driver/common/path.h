/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* path.h - string-only path helpers (no file system access). */
#ifndef __BPFCC_PATH_H
#define __BPFCC_PATH_H

/* Directory part of @path ("." when it has none); malloc'ed. */
char *path__dirname(const char *path);
/* Last component of @path (a pointer into @path). */
const char *path__basename(const char *path);
/*
 * @path with the extension of its last component replaced by @ext (which
 * has no dot), or @ext appended when it has none: "d/x.bpf.o", "d" ->
 * "d/x.bpf.d". Same rule as clang's default names. malloc'ed.
 */
char *path__replace_ext(const char *path, const char *ext);

#endif /* __BPFCC_PATH_H */
