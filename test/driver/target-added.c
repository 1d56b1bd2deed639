// Without -target/--target, bpfcc adds "-target bpf" in front, with the
// plugin, the multiarch include directory (multiarch-include.c), the
// runtime headers and __BPFCC__; the user's arguments follow unchanged and
// in order.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc --bpfcc-verbose -O2 -g -D__TARGET_ARCH_x86 -I %t -c %s -o %t/x.o 2>&1 | FileCheck %s
// CHECK: {{^[^ ]*clang[^ ]*}} -target bpf -fplugin={{[^ ]*}}/lib/bpfcc/bpfcc-plugin.so -I {{[^ ]*}}/include/bpfcc/syscall -idirafter /usr/include/x86_64-linux-gnu -idirafter {{[^ ]*}}/include -D__BPFCC__=1 -O2 -g -D__TARGET_ARCH_x86 -I {{[^ ]*}} -c {{[^ ]*}}target-added.c -fno-temp-file -o {{[^ ]*}}/.x.o.bpfcc-{{[^ ]*$}}

int f(void) { return 0; }
