/*
 * One minimal program for every section libbpf 1.1 (the libbpf bpfcc's
 * plugin classifies sections with) gives an expected attach type, and the
 * syscall program type 5.10 lacks. attach-refusals-*.test compile it for a
 * target (what does bpfcc refuse?) and load it, built without a target, in
 * that kernel (does the kernel refuse it too?). Attach points are ones
 * Debian's 5.10, 6.1 and 6.12 kernels have.
 */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

#define PROG(sec, name, ret)                                                  \
	SEC(sec) int name(void *ctx) { return ret; }

PROG("cgroup_skb/ingress", skb_ingress_prog, 1)
PROG("cgroup_skb/egress", skb_egress_prog, 1)
PROG("cgroup/sock_create", sock_create_prog, 1)
PROG("cgroup/sock_release", sock_release_prog, 1)
PROG("cgroup/post_bind4", post_bind4_prog, 1)
PROG("cgroup/post_bind6", post_bind6_prog, 1)
PROG("cgroup/bind4", bind4_prog, 1)
PROG("cgroup/bind6", bind6_prog, 1)
PROG("cgroup/connect4", connect4_prog, 1)
PROG("cgroup/connect6", connect6_prog, 1)
PROG("cgroup/sendmsg4", sendmsg4_prog, 1)
PROG("cgroup/sendmsg6", sendmsg6_prog, 1)
PROG("cgroup/recvmsg4", recvmsg4_prog, 1)
PROG("cgroup/recvmsg6", recvmsg6_prog, 1)
PROG("cgroup/getpeername4", getpeername4_prog, 1)
PROG("cgroup/getpeername6", getpeername6_prog, 1)
PROG("cgroup/getsockname4", getsockname4_prog, 1)
PROG("cgroup/getsockname6", getsockname6_prog, 1)
PROG("cgroup/getsockopt", getsockopt_prog, 1)
PROG("cgroup/setsockopt", setsockopt_prog, 1)
PROG("cgroup/sysctl", sysctl_prog, 1)
PROG("cgroup/dev", dev_prog, 1)
PROG("sockops", sockops_prog, 1)
PROG("sk_skb/stream_parser", stream_parser_prog, 0)
PROG("sk_skb/stream_verdict", stream_verdict_prog, SK_PASS)
PROG("sk_msg", msg_verdict_prog, SK_PASS)
PROG("sk_lookup", lookup_prog, SK_PASS)
PROG("sk_reuseport", reuseport_prog, SK_PASS)
PROG("sk_reuseport/migrate", reuseport_migrate_prog, SK_PASS)
PROG("flow_dissector", dissector_prog, BPF_OK)
PROG("lirc_mode2", lirc_prog, 0)
PROG("xdp", xdp_prog, XDP_PASS)
PROG("xdp/devmap", xdp_devmap_prog, XDP_PASS)
PROG("xdp/cpumap", xdp_cpumap_prog, XDP_PASS)
PROG("tp_btf/sched_switch", tp_btf_prog, 0)
PROG("fentry/do_unlinkat", fentry_prog, 0)
PROG("fexit/do_unlinkat", fexit_prog, 0)
PROG("fmod_ret/security_file_open", fmod_ret_prog, 0)
PROG("iter/task", iter_task_prog, 0)
PROG("lsm/file_open", lsm_prog, 0)
PROG("lsm_cgroup/socket_bind", lsm_cgroup_prog, 1)
PROG("kprobe.multi/do_unlinkat", kprobe_multi_prog, 0)
PROG("kretprobe.multi/do_unlinkat", kretprobe_multi_prog, 0)
PROG("syscall", syscall_prog, 0)

char LICENSE[] SEC("license") = "GPL";
