// A BPF compile searches the build machine's multiarch directory after the
// system ones (issue 14, driver.md "System include directories"): the
// include probe of BPF Makefiles lists it, and <linux/bpf.h> (which needs
// <asm/types.h> from it) compiles without -idirafter.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc -g -O2 -c %s -o %t/prog.o
// RUN: %bpfcc -v -E - < /dev/null 2>&1 | FileCheck %s --check-prefix=PROBE
// PROBE: #include <...> search starts here:
// PROBE-NEXT: /usr/local/include
// PROBE-NEXT: /usr/lib/llvm-19/lib/clang/19/include
// PROBE-NEXT: /usr/include
// PROBE-NEXT: /usr/include/x86_64-linux-gnu
// PROBE-NEXT: {{.*}}/include
// PROBE-NEXT: End of search list.

// Given -target bpf (as the Makefiles do), bpfel or bpfeb: the same.
// RUN: %bpfcc --bpfcc-verbose -target bpfel -c %s -o %t/el.o 2>&1 | FileCheck %s --check-prefix=ADDED
// RUN: %bpfcc --bpfcc-verbose --target=bpf -c %s -o %t/bpf.o 2>&1 | FileCheck %s --check-prefix=ADDED
// ADDED: -idirafter /usr/include/x86_64-linux-gnu -idirafter

// Not for a host target (clang has it), nor with -nostdinc / -nostdlibinc
// (kernel builds), nor with --bpfcc-no-multiarch-include, which then fails
// as clang -target bpf does.
// RUN: %bpfcc --bpfcc-verbose -target x86_64-linux-gnu -fsyntax-only %s 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: %bpfcc --bpfcc-verbose -nostdinc -fsyntax-only -x c /dev/null 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: %bpfcc --bpfcc-verbose -nostdlibinc -fsyntax-only -x c /dev/null 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: not %bpfcc --bpfcc-verbose --bpfcc-no-multiarch-include -c %s -o %t/no.o > %t/no.log 2>&1
// RUN: FileCheck %s --check-prefixes=NONE,MISSING < %t/no.log
// RUN: test ! -e %t/no.o
// NONE-NOT: -idirafter {{[^ ]*}}x86_64-linux-gnu
// MISSING: fatal error: 'asm/types.h' file not found

// Under --sysroot (or -isysroot, which clang prefers), the sysroot's own:
// and none when the sysroot has no such directory.
// RUN: mkdir -p %t/sysroot/usr/include/x86_64-linux-gnu %t/other
// RUN: %bpfcc --bpfcc-verbose --sysroot=%t/sysroot/ -fsyntax-only -x c /dev/null 2>&1 | FileCheck %s --check-prefix=SYSROOT -DDIR=%t
// RUN: %bpfcc --bpfcc-verbose --sysroot %t/other -isysroot %t/sysroot -fsyntax-only -x c /dev/null 2>&1 | FileCheck %s --check-prefix=SYSROOT -DDIR=%t
// SYSROOT: -idirafter [[DIR]]/sysroot/usr/include/x86_64-linux-gnu -idirafter
// RUN: %bpfcc --bpfcc-verbose --sysroot=%t/other -fsyntax-only -x c /dev/null 2>&1 | FileCheck %s --check-prefix=NONE

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("xdp")
int pass(struct xdp_md *ctx)
{
	return XDP_PASS;
}

char LICENSE[] SEC("license") = "GPL";
