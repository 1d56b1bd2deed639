// Byte order: -target bpfel/bpfeb, and -mlittle-endian/-mbig-endian with
// the default target, reach clang and give objects of that byte order.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc -target bpfeb -c %s -o %t/eb.o
// RUN: %bpfcc -target bpfel -c %s -o %t/el.o
// RUN: %bpfcc -mbig-endian -c %s -o %t/big.o
// RUN: %bpfcc -mlittle-endian -c %s -o %t/little.o
// RUN: llvm-readelf -h %t/eb.o | FileCheck --check-prefix=BIG %s
// RUN: llvm-readelf -h %t/big.o | FileCheck --check-prefix=BIG %s
// RUN: llvm-readelf -h %t/el.o | FileCheck --check-prefix=LITTLE %s
// RUN: llvm-readelf -h %t/little.o | FileCheck --check-prefix=LITTLE %s
// BIG: Data: 2's complement, big endian
// LITTLE: Data: 2's complement, little endian

int f(void) { return 0; }
