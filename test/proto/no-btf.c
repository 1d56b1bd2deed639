// Without readable kernel BTF the checks are skipped with one warning
// (they are optional: the object is the same without them); a context
// struct needs the BTF, so it is an error. (The availability checks, which
// make an unreadable --target-btf an error of their own, are turned off to
// see these alone.)
// RUN: %clang %bpf_cflags -fplugin=%plugin -fplugin-arg-bpfcc-no-availability -fplugin-arg-bpfcc-target-btf=%t.missing -c %s -o %t.o 2>&1 | FileCheck %s
// RUN: not %clang %bpf_cflags -DCTX -fplugin=%plugin -fplugin-arg-bpfcc-no-availability -fplugin-arg-bpfcc-target-btf=%t.missing -c %s -o %t.o 2>&1 | FileCheck %s --check-prefix=CTX

#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct file;

SEC("fentry/vfs_read")
int BPF_PROG(rd, struct file *file)
{
	return 0;
}

SEC("fexit/vfs_read")
int BPF_PROG(rd_exit, struct file *file)
{
	return 0;
}
// CHECK: warning: tracing prototype checks skipped: cannot read kernel BTF {{.*}}.missing: No such file or directory (use --target-btf=FILE) [-Wbpfcc-proto-skipped]
// CHECK-NOT: warning
// CHECK: 1 warning generated.

#ifdef CTX
SEC("lsm/file_open")
int op(struct lsm__file_open *ctx)
// CTX: no-btf.c:[[@LINE-1]]:15: error: 'struct lsm__file_open' is made from the kernel's BTF, which cannot be read: {{.*}}.missing: No such file or directory (use --target-btf=FILE)
{
	return 0;
}
#endif

char LICENSE[] SEC("license") = "GPL";
