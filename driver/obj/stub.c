// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* stub.c - placeholder until the object library lands; delete then. */
int bpfcc_obj_stub;
