/* A kprobe whose loads auto CO-RE would rewrite; the opt-out tests show
 * that each opt-out leaves it exactly as clang-19 compiles it. */
#ifdef PRAGMA_OFF
#pragma bpfcc auto_core off
#endif
#ifdef ATTR_OFF
#define OPT_OUT __attribute__((annotate("bpfcc_no_auto_core")))
#else
#define OPT_OUT
#endif
#include "kern.h"

SEC("kprobe/do_exit")
OPT_OUT int BPF_KPROBE(would_rewrite, struct task_struct *t)
{
	sink = t->real_parent->tgid;
	return 0;
}
