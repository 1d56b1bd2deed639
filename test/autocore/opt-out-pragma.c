// `#pragma bpfcc auto_core off` turns auto CO-RE off for the functions that
// follow it in the same file: clang-19's object, byte for byte.
// RUN: %clang %bpf_cflags -Wno-unknown-pragmas -DPRAGMA_OFF -c %S/Inputs/would-rewrite.c -o %t.ref.o
// RUN: %bpfcc %bpf_cflags -DPRAGMA_OFF -Rbpfcc-auto-core -c %S/Inputs/would-rewrite.c -o %t.o 2>&1 | count 0
// RUN: cmp %t.ref.o %t.o
// A bad pragma argument is an error.
// RUN: not %bpfcc %bpf_cflags -c %s -o %t.bad.o 2>&1 | FileCheck %s
// CHECK: error: expected 'on' or 'off' after '#pragma bpfcc auto_core'
#pragma bpfcc auto_core maybe
