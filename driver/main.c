// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* main.c - bpfcc driver (stub: replaced by the real pipeline). */
#include <stdio.h>

#include "common/diag.h"

int main(int argc, char **argv)
{
	diag__set_prog("bpfcc");
	diag__error("not implemented yet");
	return 1;
}
