/* SPDX-License-Identifier: GPL-2.0 */
/* Shared by the BPF program and user space. */
#ifndef SYSCOUNT_H
#define SYSCOUNT_H

/* Syscall numbers counted: 0 .. SYSCOUNT_MAX - 1. */
#define SYSCOUNT_MAX 512

#endif
