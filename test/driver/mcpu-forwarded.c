// -mcpu= goes to clang as given; bpfcc never adds
// one, with or without --target-kernel (docs/driver.md).
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc --bpfcc-verbose -O2 -mcpu=v3 -S %s -o %t/v3.s 2>&1 | FileCheck --check-prefix=CMD3 %s
// RUN: %bpfcc --bpfcc-verbose -O2 -S %s -o %t/none.s 2>&1 | FileCheck --check-prefix=CMDNONE %s
// RUN: FileCheck --check-prefix=V3 %s < %t/v3.s
// CMD3: -D__BPFCC__=1 -O2 -mcpu=v3 -S
// CMDNONE-NOT: -mcpu
// RUN: FileCheck --check-prefix=V1 %s < %t/none.s
// V3: w{{[0-9]}} += w{{[0-9]}}
// V1: r{{[0-9]}} += r{{[0-9]}}
// V1-NOT: w{{[0-9]}}

unsigned int add(unsigned int a, unsigned int b)
{
	return a + b;
}
