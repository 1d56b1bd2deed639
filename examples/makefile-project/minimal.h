/* SPDX-License-Identifier: GPL-2.0 */
#include <asm/unistd.h>
/* The syscall minimal.bpf.c counts. */
#define MINIMAL_SYSCALL __NR_write
