#include "corpus.h"
/* ksyscall: BPF_KSYSCALL's pointer arguments are user memory. */
SEC("ksyscall/newuname")
int BPF_KSYSCALL(uname_entry, struct new_utsname *name)
{
	__u32 key = bpf_get_current_pid_tgid() >> 32;
	__u64 v;
	PLAIN(v = name->sysname[0];)
	HAND(char c; bpf_probe_read_user(&c, 1, &name->sysname[0]); v = c;)
	bpf_map_update_elem(&stash, &key, &v, BPF_ANY);
	return 0;
}
