/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * multiarch.h - the build machine's multiarch include directory for BPF
 * compiles.
 *
 * On Debian, <asm/types.h>, <asm/errno.h>, <bits/...> and <sys/...> live in
 * /usr/include/<multiarch> (x86_64-linux-gnu), which clang searches for the
 * host but not for -target bpf. Every UAPI-header BPF program (<linux/bpf.h>
 * without vmlinux.h) needs it, and the Makefiles people copy get it from
 * `$(CLANG) -v -E -`: bpfcc searches it after the system directories, so
 * that probe lists it and plain `bpfcc -c` finds those headers too
 * (docs/driver.md, "System include directories").
 */
#ifndef __BPFCC_MULTIARCH_H
#define __BPFCC_MULTIARCH_H

#include "args.h"

/*
 * <sysroot>/usr/include/<multiarch> when the compile is for a BPF target,
 * searches the standard directories, and that directory exists; else NULL
 * (also with --bpfcc-no-multiarch-include). malloc'ed.
 */
char *multiarch__include_dir(const struct args *a);

#endif /* __BPFCC_MULTIARCH_H */
