// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * A per-CPU histogram as many tools write it (issue 14): the CPU number
 * bounds an index into a global array, the value it reads picks a slot,
 * the slot is capped and counted with an atomic add on a global.
 *
 * With clang's default cpu (v1) the verifiers of 6.1, 6.12 and 6.18 accept
 * it. With -mcpu=v3 LLVM computes `v / 200` and the slot cap in 32-bit
 * registers, and the 6.12 and 6.18 verifiers lose the slot's lower bound:
 * "math between map_value pointer and register with unbounded min value is
 * not allowed". That is why --target-kernel picks no -mcpu
 * (docs/driver.md, "--target-kernel and -mcpu").
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define MAX_CPUS 128
#define NR_SLOTS 16

__u32 level[MAX_CPUS];
struct {
	__u64 slots[NR_SLOTS];
} hist;

SEC("tp/sched/sched_switch")
int count_level(void *ctx)
{
	__u64 cpu = bpf_get_smp_processor_id();

	if (cpu >= MAX_CPUS)
		cpu = MAX_CPUS - 1;
	__u32 v = level[cpu];
	__u64 slot = v / 200;

	if (slot >= NR_SLOTS)
		slot = NR_SLOTS - 1;
	__sync_fetch_and_add(&hist.slots[slot], 1);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
