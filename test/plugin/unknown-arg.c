// An argument the plugin does not know fails the compile with one clear
// error, instead of being dropped silently (clang's default for a plugin
// whose ParseArgs fails).
// RUN: not %clang -target bpf -fplugin=%plugin -fplugin-arg-bpfcc-bogus -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not test -e %t.o
// CHECK: error: bpfcc: unknown plugin argument 'bogus'
// CHECK-NOT: error:
int x;
