#include "corpus.h"
/* fsslower: inode number and name of the file being read. */
SEC("kprobe/vfs_read")
int BPF_KPROBE(vfs_read, struct file *file)
{
	struct event *e = bpf_ringbuf_reserve(&events, sizeof(*e), 0);
	if (!e)
		return 0;
	PLAIN(e->val = file->f_inode->i_ino;)
	PLAIN(bpf_probe_read_kernel_str(e->name, sizeof(e->name), file->f_path.dentry->d_name.name);)
	HAND(e->val = BPF_CORE_READ(file, f_inode, i_ino);)
	HAND(bpf_probe_read_kernel_str(e->name, sizeof(e->name), BPF_CORE_READ(file, f_path.dentry, d_name.name));)
	bpf_ringbuf_submit(e, 0);
	return 0;
}
