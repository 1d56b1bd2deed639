// --bpfcc-no-auto-core turns the feature off for the whole compile.
// RUN: %clang %bpf_cflags -c %S/Inputs/would-rewrite.c -o %t.ref.o
// RUN: %bpfcc %bpf_cflags --bpfcc-no-auto-core -Rbpfcc-auto-core -c %S/Inputs/would-rewrite.c -o %t.o 2>&1 | count 0
// RUN: cmp %t.ref.o %t.o
