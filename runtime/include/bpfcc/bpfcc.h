/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * bpfcc.h - what a BPF program compiled by bpfcc may include.
 *
 * The driver puts <prefix>/include on the include path (after the user's
 * own directories), so programs write #include <bpfcc/bpfcc.h>. Every
 * definition here is guarded so that the header also compiles with plain
 * clang, where it only spells out what newer libbpf headers provide.
 */
#ifndef __BPFCC_BPFCC_H
#define __BPFCC_BPFCC_H

/* __BPFCC__ is defined by the driver: the plugin is active. */

/*
 * Global-subprogram argument tags (kernel >= 6.8, libbpf >= 1.4 headers).
 * Debian 12's libbpf 1.1 headers lack them; spell them out.
 */
#ifndef __arg_ctx
#define __arg_ctx __attribute__((btf_decl_tag("arg:ctx")))
#endif
#ifndef __arg_nonnull
#define __arg_nonnull __attribute__((btf_decl_tag("arg:nonnull")))
#endif
#ifndef __arg_nullable
#define __arg_nullable __attribute__((btf_decl_tag("arg:nullable")))
#endif
#ifndef __arg_trusted
#define __arg_trusted __attribute__((btf_decl_tag("arg:trusted")))
#endif
#ifndef __arg_arena
#define __arg_arena __attribute__((btf_decl_tag("arg:arena")))
#endif

/*
 * Automatic CO-RE reads (docs/auto-core.md): keep the loads of one function
 * as written. Without bpfcc the annotation is inert.
 */
#ifndef __bpfcc_no_auto_core
#define __bpfcc_no_auto_core __attribute__((annotate("bpfcc_no_auto_core")))
#endif

#endif /* __BPFCC_BPFCC_H */
