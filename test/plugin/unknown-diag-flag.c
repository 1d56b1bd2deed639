// Unknown -Wbpfcc-/-Rbpfcc- flags are errors naming the flag as the user
// wrote it (the driver forwards -Wbpfcc-foo as -fplugin-arg-bpfcc-Wbpfcc-foo).
// RUN: not %clang -target bpf -fplugin=%plugin -fplugin-arg-bpfcc-Wbpfcc-nonsense -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=W
// RUN: not %clang -target bpf -fplugin=%plugin -fplugin-arg-bpfcc-Rno-bpfcc-nonsense -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=R
// A remark-only flag is not a warning flag.
// RUN: %clang -target bpf -fplugin=%plugin -fplugin-arg-bpfcc-Rbpfcc-arg-ctx -fplugin-arg-bpfcc-Wno-bpfcc-arg-ctx -fplugin-arg-bpfcc-Werror=bpfcc-arg-ctx -c %s -o %t.o
// W: error: bpfcc: unknown bpfcc warning option '-Wbpfcc-nonsense'
// R: error: bpfcc: unknown bpfcc remark option '-Rno-bpfcc-nonsense'
int x;
