// -W options reach clang; its diagnostics and exit status come through
// unchanged, and a failed compile leaves no output.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %bpfcc -Wall -c %s -o %t/ok.o 2>&1 | FileCheck --check-prefix=WARN %s
// RUN: %bpfcc -Wall -Wno-unused-variable -c %s -o %t/quiet.o 2>&1 | count 0
// RUN: sh -c '%bpfcc -Wall -Werror -c %s -o %t/err.o; echo status=$?' 2>&1 | FileCheck --check-prefix=ERR %s
// RUN: ls -A %t | FileCheck --check-prefix=LS --implicit-check-not={{.}} %s
// WARN: warnings.c:[[#@LINE+9]]:6: warning: unused variable 'unused' [-Wunused-variable]
// ERR: warnings.c:[[#@LINE+8]]:6: error: unused variable 'unused' [-Werror,-Wunused-variable]
// ERR: 1 error generated.
// ERR-NEXT: status=1
// LS: ok.o
// LS: quiet.o

int f(void)
{
	int unused;
	return 0;
}
