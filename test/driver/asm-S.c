// -S writes BPF assembly.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc -O2 -S %s -o %t/prog.s
// RUN: FileCheck %s < %t/prog.s
// CHECK-LABEL: seven:
// CHECK: r0 = 7
// CHECK-NEXT: exit

int seven(void)
{
	return 7;
}
