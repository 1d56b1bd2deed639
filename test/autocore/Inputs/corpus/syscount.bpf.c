#include "corpus.h"
/* syscount-like: at raw sys_enter, the syscall's registers are kernel
 * memory; openat's file name behind them is user memory. */
SEC("raw_tp/sys_enter")
int sys_enter(struct bpf_raw_tracepoint_args *ctx)
{
	struct pt_regs *regs = (struct pt_regs *)ctx->args[0];
	long id = ctx->args[1];
	__u64 one = 1;
	__u32 key;
	if (id != 257 /* openat */)
		return 0;
	PLAIN(const char *name = (const char *)regs->si;)
	HAND(const char *name = (const char *)PT_REGS_PARM2_CORE(regs);)
	char c;
	PLAIN(c = name[0];)
	HAND(bpf_probe_read_user(&c, 1, name);)
	key = c;
	bpf_map_update_elem(&stash, &key, &one, BPF_ANY);
	return 0;
}
