// __bpfcc_no_auto_core (an annotate attribute) on a program keeps its
// loads, and those of the functions only it calls, as written: the object
// is clang-19's, byte for byte. bpfcc drops the annotation, so the object
// is the one clang-19 makes of the program without it.
// RUN: %clang %bpf_cflags -c %S/Inputs/would-rewrite.c -o %t.ref.o
// RUN: %bpfcc %bpf_cflags -DATTR_OFF -Rbpfcc-auto-core -c %S/Inputs/would-rewrite.c -o %t.o 2>&1 | count 0
// RUN: cmp %t.ref.o %t.o
// RUN: %bpfcc %bpf_cflags -c %S/Inputs/would-rewrite.c -o %t.on.o
// RUN: not cmp -s %t.ref.o %t.on.o
