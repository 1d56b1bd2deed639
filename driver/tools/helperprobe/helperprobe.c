// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * helperprobe.c - which BPF helpers may each program type call on the
 * running kernel? Asked of the kernel's verifier, one load per (program
 * variant, helper), never read from kernel source.
 *
 * A program variant is what libbpf makes of a section name: program type,
 * expected attach type, and whether it is sleepable (BPF_F_SLEEPABLE). The
 * variants are libbpf 1.1's own section names, classified by libbpf (the
 * same libbpf_prog_type_by_name bpfcc's plugin uses), so the table and the
 * plugin agree on what a section means by construction.
 *
 * Each probe loads, with a GPL license,
 *     r1 = 0 ... r5 = 0; call <helper>; r0 = 0 (or 1); exit
 * The verifier looks the helper up for the program (get_func_proto) before
 * it checks any argument, so the log says which it is:
 *   - "unknown func" (<= 6.1), "program of this type cannot use helper"
 *     (newer): the type may not call it;
 *   - "might sleep in a non-sleepable prog", "sleepable helper": it may
 *     only in sleepable programs;
 *   - anything else (an argument error, or a successful load): it may.
 * Unlike libbpf_probe_bpf_helper(), which only knows the first message and
 * loads without an attach type or target, this also probes the attach types
 * and sleepable variants whose answers differ (cgroup/connect4 may call
 * bpf_bind, cgroup/bind4 may not; iter programs bpf_seq_printf).
 *
 * "helper call is not allowed in probe" comes from a helper's own allowed()
 * callback, which judges the attach target (bpf_d_path's list of functions),
 * not the type: it counts as allowed. A variant whose base program
 * (r0 = 0; exit) does not load here is reported as such, not probed.
 *
 * Output, one line each (parsed by plugin/gen/gen-helper-prog-types.py):
 *     kernel=<uname -r>
 *     prober=bpfcc-helperprobe <version> libbpf <version>
 *     helpers=<number of helper ids the kernel knows, __BPF_FUNC_MAX_ID>
 *     variant <section> type=<n> attach=<n> sleepable=<0|1> target=<btf name or ->
 *         allowed=<id ranges>
 *     skipped <section> type=<n> attach=<n> sleepable=<0|1> why=<text>
 *     done
 * Exit status 0 when done, 1 when the kernel could not be probed at all.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>
#include <linux/bpf.h>

#ifndef BPFCC_VERSION
#define BPFCC_VERSION "dev"
#endif

/*
 * libbpf 1.1's program sections (libbpf.c section_defs), one per distinct
 * (type, attach, sleepable); "+" sections get a dummy suffix. freplace
 * (its type is its target's) and struct_ops (its helpers are its struct's)
 * have no answer of their own and are not probed. Tracing and LSM programs
 * need a BTF attach target: the first candidate the kernel has is used.
 */
struct variant {
	const char *section;
	const char *targets[4]; /* BTF names; BTF kind from the attach type */
};

static const struct variant variants[] = {
	{ .section = "socket" },
	{ .section = "sk_reuseport/migrate" },
	{ .section = "sk_reuseport" },
	{ .section = "kprobe/x" },
	{ .section = "uprobe.s/x" },
	{ .section = "kprobe.multi/x" },
	{ .section = "uprobe.multi/x" },
	{ .section = "tc" },
	{ .section = "action" },
	{ .section = "tracepoint/x/y" },
	{ .section = "raw_tp/x" },
	{ .section = "raw_tp.w/x" },
	{ .section = "tp_btf/x", .targets = { "btf_trace_sched_switch", "btf_trace_sys_enter" } },
	{ .section = "fentry/x", .targets = { "bpf_fentry_test1", "bpf_modify_return_test" } },
	{ .section = "fmod_ret/x", .targets = { "bpf_modify_return_test", "security_file_open" } },
	{ .section = "fexit/x", .targets = { "bpf_fentry_test1", "bpf_modify_return_test" } },
	{ .section = "fentry.s/x", .targets = { "bpf_modify_return_test", "__x64_sys_getpid" } },
	{ .section = "fmod_ret.s/x", .targets = { "bpf_modify_return_test", "__x64_sys_getpid" } },
	{ .section = "fexit.s/x", .targets = { "bpf_modify_return_test", "__x64_sys_getpid" } },
	{ .section = "lsm/x", .targets = { "bpf_lsm_file_open", "bpf_lsm_file_mprotect" } },
	{ .section = "lsm.s/x", .targets = { "bpf_lsm_file_mprotect", "bpf_lsm_bprm_committed_creds",
		       "bpf_lsm_bpf", "bpf_lsm_file_open" } },
	{ .section = "lsm_cgroup/x", .targets = { "bpf_lsm_socket_bind", "bpf_lsm_socket_post_create",
			    "bpf_lsm_file_open" } },
	{ .section = "iter/x", .targets = { "bpf_iter_task", "bpf_iter_bpf_map" } },
	{ .section = "iter.s/x", .targets = { "bpf_iter_task", "bpf_iter_bpf_map" } },
	{ .section = "syscall" },
	{ .section = "xdp/devmap" },
	{ .section = "xdp/cpumap" },
	{ .section = "xdp" },
	{ .section = "perf_event" },
	{ .section = "lwt_in" },
	{ .section = "lwt_out" },
	{ .section = "lwt_xmit" },
	{ .section = "lwt_seg6local" },
	{ .section = "sockops" },
	{ .section = "sk_skb/stream_parser" },
	{ .section = "sk_skb/stream_verdict" },
	{ .section = "sk_skb" },
	{ .section = "sk_msg" },
	{ .section = "lirc_mode2" },
	{ .section = "flow_dissector" },
	{ .section = "cgroup_skb/ingress" },
	{ .section = "cgroup_skb/egress" },
	{ .section = "cgroup/sock_create" },
	{ .section = "cgroup/sock_release" },
	{ .section = "cgroup/post_bind4" },
	{ .section = "cgroup/post_bind6" },
	{ .section = "cgroup/bind4" },
	{ .section = "cgroup/bind6" },
	{ .section = "cgroup/connect4" },
	{ .section = "cgroup/connect6" },
	{ .section = "cgroup/sendmsg4" },
	{ .section = "cgroup/sendmsg6" },
	{ .section = "cgroup/recvmsg4" },
	{ .section = "cgroup/recvmsg6" },
	{ .section = "cgroup/getpeername4" },
	{ .section = "cgroup/getpeername6" },
	{ .section = "cgroup/getsockname4" },
	{ .section = "cgroup/getsockname6" },
	{ .section = "cgroup/sysctl" },
	{ .section = "cgroup/getsockopt" },
	{ .section = "cgroup/setsockopt" },
	{ .section = "cgroup/dev" },
	{ .section = "sk_lookup" },
};

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define LOG_SIZE 65536

static char log_buf[LOG_SIZE];
static struct btf *vmlinux;

/* libbpf's own sleepable sections: the part before '/' ends in ".s". */
static bool is_sleepable(const char *sec, enum bpf_prog_type type)
{
	const char *slash = strchr(sec, '/');
	size_t n = slash ? (size_t)(slash - sec) : strlen(sec);

	if (type == BPF_PROG_TYPE_SYSCALL)
		return true;
	return n > 2 && sec[n - 2] == '.' && sec[n - 1] == 's';
}

struct load {
	enum bpf_prog_type type;
	enum bpf_attach_type attach;
	bool sleepable;
	int btf_id;
	int ret; /* what the program returns: some types need 1 */
};

/* Loads r1..r5 = 0; [call helper;] r0 = ret; exit. Returns 0 or -errno; the
 * verifier's log is in log_buf. */
static int try_load(const struct load *l, int helper)
{
	struct bpf_insn insns[9];
	int n = 0, fd;

	for (int r = BPF_REG_1; r <= BPF_REG_5; r++)
		insns[n++] = (struct bpf_insn){ .code = BPF_ALU64 | BPF_MOV | BPF_K,
						.dst_reg = r };
	if (helper > 0)
		insns[n++] = (struct bpf_insn){ .code = BPF_JMP | BPF_CALL,
						.imm = helper };
	insns[n++] = (struct bpf_insn){ .code = BPF_ALU64 | BPF_MOV | BPF_K,
					.dst_reg = BPF_REG_0, .imm = l->ret };
	insns[n++] = (struct bpf_insn){ .code = BPF_JMP | BPF_EXIT };

	LIBBPF_OPTS(bpf_prog_load_opts, opts,
		    .expected_attach_type = l->attach,
		    .attach_btf_id = l->btf_id,
		    .prog_flags = l->sleepable ? BPF_F_SLEEPABLE : 0,
		    .log_buf = log_buf, .log_size = LOG_SIZE, .log_level = 1);
	log_buf[0] = 0;
	fd = bpf_prog_load(l->type, NULL, "GPL", insns, n, &opts);
	if (fd < 0)
		return -errno;
	close(fd);
	return 0;
}

enum verdict { ALLOWED, REFUSED, ABSENT };

static enum verdict classify(const struct load *l, int helper)
{
	if (try_load(l, helper) == 0)
		return ALLOWED;
	if (strstr(log_buf, "invalid func "))
		return ABSENT;
	if (strstr(log_buf, "unknown func ") ||
	    strstr(log_buf, "program of this type cannot use helper") ||
	    strstr(log_buf, "might sleep in a non-sleepable prog") ||
	    strstr(log_buf, "sleepable helper "))
		return REFUSED;
	return ALLOWED;
}

/* The base program, r0 = 0 (or 1); exit, with the first attach target of
 * the variant the kernel takes (tracing and LSM programs need one: a
 * typedef btf_trace_<tp> for tp_btf, a FUNC for the rest). Returns 0, or
 * -errno with the reason in log_buf; l->ret and l->btf_id are set. */
static int load_base(const struct variant *v, struct load *l, const char **target)
{
	int kind = l->attach == BPF_TRACE_RAW_TP ? BTF_KIND_TYPEDEF : BTF_KIND_FUNC;
	int err = -ENOENT;

	for (size_t i = 0; i < ARRAY_SIZE(v->targets); i++) {
		if (v->targets[i]) {
			l->btf_id = btf__find_by_name_kind(vmlinux, v->targets[i], kind);
			if (l->btf_id <= 0)
				continue;
			*target = v->targets[i];
		} else if (i > 0) {
			break;
		}
		/* cgroup/recvmsg4 and the getpeername/getsockname hooks
		 * must return 1; everything else takes 0. */
		for (l->ret = 0; l->ret <= 1; l->ret++) {
			err = try_load(l, 0);
			if (!err)
				return 0;
		}
		l->ret = 0;
		try_load(l, 0); /* the log of the usual case */
	}
	if (err == -ENOENT)
		snprintf(log_buf, LOG_SIZE, "no attach target in the kernel's BTF");
	return err;
}

static void print_ranges(const bool *allowed, int max)
{
	const char *sep = "";

	printf(" allowed=");
	for (int id = 1; id < max; id++) {
		int end = id;

		if (!allowed[id])
			continue;
		while (end + 1 < max && allowed[end + 1])
			end++;
		if (end == id)
			printf("%s%d", sep, id);
		else
			printf("%s%d-%d", sep, id, end);
		sep = ",";
		id = end;
	}
	if (!*sep)
		printf("-");
	printf("\n");
}

static void first_line(char *out, size_t size)
{
	const char *s = log_buf;
	size_t n;

	/* The last line of the log before its statistics says why. */
	for (const char *p = log_buf; *p; p++)
		if (*p == '\n' && p[1] && p[1] != '\n' &&
		    strncmp(p + 1, "processed ", 10) &&
		    strncmp(p + 1, "verification time", 17) &&
		    strncmp(p + 1, "stack depth", 11))
			s = p + 1;
	n = strcspn(s, "\n");
	if (n >= size)
		n = size - 1;
	memcpy(out, s, n);
	out[n] = 0;
}

static void probe_variant(const struct variant *v, int max, bool *allowed)
{
	struct load l = { 0 };
	const char *target = "-";
	char why[160];
	int err;

	if (libbpf_prog_type_by_name(v->section, &l.type, &l.attach)) {
		printf("skipped %s type=- attach=- sleepable=- why=libbpf does not know the section\n",
		       v->section);
		return;
	}
	l.sleepable = is_sleepable(v->section, l.type);
	err = load_base(v, &l, &target);
	if (err) {
		first_line(why, sizeof(why));
		printf("skipped %s type=%d attach=%d sleepable=%d why=%s: %s\n",
		       v->section, l.type, l.attach, l.sleepable, strerror(-err),
		       why[0] ? why : "(empty log)");
		return;
	}
	for (int id = 1; id < max; id++) {
		enum verdict r = classify(&l, id);

		if (r == ABSENT) {
			/* The BTF said the kernel has it: say so, do not guess. */
			fprintf(stderr, "bpfcc-helperprobe: helper %d is in the BTF but the verifier says invalid func\n",
				id);
			exit(1);
		}
		allowed[id] = r == ALLOWED;
	}
	printf("variant %s type=%d attach=%d sleepable=%d target=%s", v->section,
	       l.type, l.attach, l.sleepable, target);
	print_ranges(allowed, max);
}

/* __BPF_FUNC_MAX_ID from the kernel's BTF: the helper ids it has. */
static int helper_count(void)
{
	const struct btf_type *t;
	const struct btf_enum *e;
	int id;

	id = btf__find_by_name_kind(vmlinux, "bpf_func_id", BTF_KIND_ENUM);
	if (id <= 0)
		return -1;
	t = btf__type_by_id(vmlinux, id);
	e = btf_enum(t);
	for (int i = 0; i < btf_vlen(t); i++)
		if (!strcmp(btf__name_by_offset(vmlinux, e[i].name_off),
			    "__BPF_FUNC_MAX_ID"))
			return e[i].val;
	return -1;
}

static int silent(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level, (void)fmt, (void)ap;
	return 0;
}

int main(void)
{
	struct utsname u;
	bool *allowed;
	int max;

	setvbuf(stdout, NULL, _IOLBF, 0);
	libbpf_set_print(silent);
	uname(&u);
	printf("kernel=%s\n", u.release);
	printf("prober=bpfcc-helperprobe %s libbpf %s\n", BPFCC_VERSION,
	       libbpf_version_string());
	vmlinux = btf__load_vmlinux_btf();
	if (!vmlinux) {
		fprintf(stderr, "bpfcc-helperprobe: cannot read the kernel's BTF: %s\n",
			strerror(errno));
		return 1;
	}
	max = helper_count();
	if (max <= 0) {
		fprintf(stderr, "bpfcc-helperprobe: the kernel's BTF has no enum bpf_func_id\n");
		return 1;
	}
	printf("helpers=%d\n", max);
	allowed = calloc(max, sizeof(*allowed));
	if (!allowed)
		return 1;
	for (size_t i = 0; i < ARRAY_SIZE(variants); i++)
		probe_variant(&variants[i], max, allowed);
	printf("done\n");
	free(allowed);
	return 0;
}
