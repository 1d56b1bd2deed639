// -c -o writes a BPF object at the named path, through a temporary file
// that is gone afterwards.
// RUN: rm -rf %t && mkdir -p %t/out
// RUN: %bpfcc -O2 -g -c %s -o %t/out/prog.o
// RUN: llvm-readelf -h %t/out/prog.o | FileCheck %s
// RUN: ls -A %t/out | FileCheck --check-prefix=LS --implicit-check-not={{.}} %s
// CHECK: Class: ELF64
// CHECK: Type: REL (Relocatable file)
// CHECK: Machine: EM_BPF
// LS: prog.o

int answer(void)
{
	return 42;
}
