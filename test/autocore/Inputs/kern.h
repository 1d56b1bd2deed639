/* Hand-written kernel types, as a program without vmlinux.h declares them:
 * no preserve_access_index of their own. */
#include <linux/bpf.h>
#include <asm/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

#define __user __attribute__((btf_type_tag("user")))

struct mm_struct { unsigned long arg_start; };
struct task_struct {
	int pid;
	int tgid;
	struct task_struct *real_parent;
	char comm[16];
	unsigned sched_reset_on_fork:1;
	int prio:5;
	struct mm_struct *mm;
};
struct qstr { unsigned int len; const unsigned char *name; };
struct dentry { struct qstr d_name; };
struct in6_addr { unsigned char s6_addr[16]; };
struct atomic_long { long counter; };
struct mm_rss_stat { struct atomic_long count[4]; };
struct mm_counters { struct mm_rss_stat rss_stat; };
struct sock_common { unsigned int skc_daddr; unsigned short skc_dport; };
struct sock { struct sock_common __sk_common; };
struct inet_sock { struct sock sk; unsigned int inet_saddr; };
struct sk_buff { char cb[48]; };
struct tcp_skb_cb { unsigned int seq; unsigned int end_seq; };
struct iovec_user { char __user *base; unsigned long len; };
struct file { struct dentry *dentry; };

char LICENSE[] SEC("license") = "GPL";
long sink;
