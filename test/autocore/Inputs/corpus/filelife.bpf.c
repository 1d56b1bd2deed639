#include "corpus.h"
/* filelife: name of the dentry being unlinked (a pointer inside a nested
 * member: d_name.name), and its length. */
SEC("kprobe/vfs_unlink")
int BPF_KPROBE(vfs_unlink, void *idmap, struct inode *dir, struct dentry *dentry)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	PLAIN(e->val = dentry->d_name.len;)
	PLAIN(bpf_probe_read_kernel_str(e->name, sizeof(e->name), dentry->d_name.name);)
	HAND(e->val = BPF_CORE_READ(dentry, d_name.len);)
	HAND(bpf_probe_read_kernel_str(e->name, sizeof(e->name), BPF_CORE_READ(dentry, d_name.name));)
	bpf_ringbuf_submit(e, 0);
	return 0;
}
