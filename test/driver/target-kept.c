// A target given by the user is kept and bpfcc adds none: -target bpfel,
// --target=bpfeb.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc --bpfcc-verbose -target bpfel -c %s -o %t/el.o 2>&1 | FileCheck --check-prefix=EL %s
// RUN: %bpfcc --bpfcc-verbose --target=bpfeb -c %s -o %t/eb.o 2>&1 | FileCheck --check-prefix=EB %s
// EL-NOT: -target bpf{{ }}
// EL: -D__BPFCC__=1 -target bpfel -c
// EB-NOT: -target bpf{{ }}
// EB: -D__BPFCC__=1 --target=bpfeb -c

int f(void) { return 0; }
