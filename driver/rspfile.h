/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * rspfile.h - expand "@file" response files, as clang does, so that bpfcc
 * sees the -o, the inputs and its own options written inside them. clang
 * then gets the expanded arguments.
 *
 * GNU quoting (clang's default on Linux): blanks separate arguments, '...'
 * and "..." group, a backslash takes the next character literally. A
 * response file names nested ones relative to its own directory. An
 * "@name" that is not a readable file stays an argument, like in clang.
 */
#ifndef __BPFCC_RSPFILE_H
#define __BPFCC_RSPFILE_H

/*
 * Replace *argc and *argv with the expanded command line (malloc'ed strings,
 * kept until exit) when any argument starts with '@'. 0, or -errno after
 * one error line.
 */
int rspfile__expand(int *argc, char ***argv);

#endif /* __BPFCC_RSPFILE_H */
