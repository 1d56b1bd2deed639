// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)

package main

import "github.com/cilium/ebpf"

// libbpf's names of the program types (libbpf_bpf_prog_type_str), which
// the libbpf loader prints: the kernel's enum bpf_prog_type without its
// BPF_PROG_TYPE_ prefix, in lower case. cilium/ebpf's own names
// ("SchedCLS") differ, and the two loaders must print the same lines.
var progTypeNames = []string{
	"unspec", "socket_filter", "kprobe", "sched_cls", "sched_act",
	"tracepoint", "xdp", "perf_event", "cgroup_skb", "cgroup_sock",
	"lwt_in", "lwt_out", "lwt_xmit", "sock_ops", "sk_skb",
	"cgroup_device", "sk_msg", "raw_tracepoint", "cgroup_sock_addr",
	"lwt_seg6local", "lirc_mode2", "sk_reuseport", "flow_dissector",
	"cgroup_sysctl", "raw_tracepoint_writable", "cgroup_sockopt",
	"tracing", "struct_ops", "ext", "lsm", "sk_lookup", "syscall",
	"netfilter",
}

func progTypeName(t ebpf.ProgramType) string {
	if int(t) < len(progTypeNames) {
		return progTypeNames[t]
	}
	return "unknown"
}
