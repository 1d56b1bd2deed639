// Iterators and LSM hooks: the verifier asks the attach target as well as
// the program type. bpf_iter_tcp lends bpf_setsockopt to iter/tcp programs
// (6.1 loads the 6.1 selftests' bpf_iter_setsockopt.c), while iter/task,
// the iterator the table was probed with, is refused it. A program whose
// target is not the probed one is not checked: its row is only a lower
// bound. Only iter/task is reported.
// RUN: not %bpfcc %bpf_cflags --target-kernel=6.1 -c %s -o %t.o 2>&1 | FileCheck %s
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

SEC("iter/tcp")
int on_tcp(void *ctx)
{
	int v = 1;

	return bpf_setsockopt(ctx, 6, 13, &v, sizeof(v));
}

SEC("iter/task")
int on_task(void *ctx)
{
	int v = 1;

	return bpf_setsockopt(ctx, 6, 13, &v, sizeof(v));
}
char LICENSE[] SEC("license") = "GPL";

// CHECK-NOT: on_tcp
// CHECK: helper-prog-type-target.c:24:9: error: BPF helper 'bpf_setsockopt' cannot be called from program 'on_task' (SEC("iter/task")): Linux 6.1 refuses it for program type tracing
// CHECK-NOT: on_tcp
// CHECK: 1 error generated.
