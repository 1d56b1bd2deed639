/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * genctx.h - bpfcc --bpfcc-gen-ctx [--target-btf=FILE] [HOOK...]: print the
 * named context structs of tracing hooks as a C header on stdout.
 *
 * The structs are made by the plugin, the same code that defines them
 * inside a compile (plugin/CtxStructs.cpp): the driver runs clang with
 * -fsyntax-only on an empty input and -fplugin-arg-bpfcc-gen-ctx=HOOK,...
 */
#ifndef __BPFCC_GENCTX_H
#define __BPFCC_GENCTX_H

#include "args.h"

/* Exit status: 0, or 1 after the errors were printed. */
int genctx__run(const struct args *a);

#endif /* __BPFCC_GENCTX_H */
