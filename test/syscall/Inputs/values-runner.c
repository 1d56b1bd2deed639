/*
 * values-runner - what test/syscall/values-*.c run in the VM instead of
 * bpfcc-load (bpfcc-vmtest's BPF_VMTEST_LOADER): for each object built
 * from values.bpf.c, load it with libbpf, attach every program, call
 * openat and mmap with distinctive arguments, and print what the
 * programs recorded, read back from the object's .bss:
 *
 *   object file=1/x.o progs=2
 *   prog name=trace_openat section=ksyscall/openat load=ok attach=ok
 *   openat calls=1 dfd=4660 path=bpfcc-openat flags=0x80241 mode=0640
 *   openat wrong=none
 *   mmap calls=1 addr=0x5a5a5000 len=0x6000 prot=0x1 flags=0x22 fd=77 off=0x9000
 *   mmap wrong=none
 *
 * The "wrong=" lines name the arguments whose recorded value differs from
 * the one passed ("none": all right). "mmap none" when the object has no
 * mmap program. Exit status 0 when
 * every object loaded and every program attached, 1 otherwise.
 * Statically linked for each architecture (test/CMakeLists.txt).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <bpf/bpf.h>
#include <bpf/btf.h>
#include <bpf/libbpf.h>

/* The arguments the test program passes; values-*.c check these. */
#define OPENAT_DFD 4660
#define OPENAT_PATH "bpfcc-openat"
#define OPENAT_FLAGS (O_CLOEXEC | O_TRUNC | O_CREAT | O_WRONLY)
#define OPENAT_MODE 0640
#define MMAP_ADDR 0x5a5a5000UL
#define MMAP_LEN 0x6000UL
#define MMAP_PROT PROT_READ
#define MMAP_FLAGS (MAP_PRIVATE | MAP_ANONYMOUS)
#define MMAP_FD 77 /* ignored by the kernel for MAP_ANONYMOUS */
#define MMAP_OFF 0x9000UL

/* Mirrors of values.bpf.c's records. */
struct openat_args {
	__u64 calls;
	__s64 dfd, flags, mode;
	char path[32];
};

struct mmap_args {
	__u64 calls;
	__u64 addr, len, prot, flags, fd, off;
};

static int quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	return level == LIBBPF_WARN ? vfprintf(stderr, fmt, ap) : 0;
}

/* The map of internal section @sec (".data", ".bss"): libbpf prefixes
 * the object's name. */
static struct bpf_map *section_map(struct bpf_object *obj, const char *sec)
{
	struct bpf_map *map;
	size_t n = strlen(sec);

	bpf_object__for_each_map(map, obj) {
		const char *name = bpf_map__name(map);
		size_t len = strlen(name);

		if (len >= n && !strcmp(name + len - n, sec))
			return map;
	}
	return NULL;
}

/* Offset of variable @var in DATASEC @sec of the object's BTF, or -1. */
static long var_offset(struct bpf_object *obj, const char *sec, const char *var)
{
	struct btf *btf = bpf_object__btf(obj);
	const struct btf_var_secinfo *v;
	const struct btf_type *t;
	int id, i;

	if (!btf)
		return -1;
	id = btf__find_by_name_kind(btf, sec, BTF_KIND_DATASEC);
	if (id < 0)
		return -1;
	t = btf__type_by_id(btf, id);
	v = btf_var_secinfos(t);
	for (i = 0; i < btf_vlen(t); i++, v++) {
		const char *name = btf__name_by_offset(btf, btf__type_by_id(btf, v->type)->name_off);

		if (name && !strcmp(name, var))
			return v->offset;
	}
	return -1;
}

static void call_syscalls(void)
{
	long p;

	syscall(SYS_openat, OPENAT_DFD, OPENAT_PATH, OPENAT_FLAGS, OPENAT_MODE);
	p = syscall(SYS_mmap, MMAP_ADDR, MMAP_LEN, MMAP_PROT, MMAP_FLAGS, MMAP_FD, MMAP_OFF);
	if (p != -1)
		munmap((void *)p, MMAP_LEN);
}

/* Append @name to the list in @buf when @bad. */
static void wrong(char *buf, size_t size, const char *name, int bad)
{
	size_t n = strlen(buf);

	if (bad)
		snprintf(buf + n, size - n, "%s%s", n ? "," : "", name);
}

static void print_openat(const struct openat_args *o)
{
	char bad[64] = "";

	printf("openat calls=%llu dfd=%lld path=%s flags=%#llx mode=0%llo\n",
	       (unsigned long long)o->calls, (long long)o->dfd, o->path,
	       (unsigned long long)o->flags, (unsigned long long)o->mode);
	wrong(bad, sizeof(bad), "dfd", o->dfd != OPENAT_DFD);
	wrong(bad, sizeof(bad), "path", strcmp(o->path, OPENAT_PATH));
	wrong(bad, sizeof(bad), "flags", o->flags != OPENAT_FLAGS);
	wrong(bad, sizeof(bad), "mode", o->mode != OPENAT_MODE);
	printf("openat wrong=%s\n", bad[0] ? bad : "none");
}

static void print_mmap(const struct mmap_args *m)
{
	char bad[64] = "";

	printf("mmap calls=%llu addr=%#llx len=%#llx prot=%#llx flags=%#llx fd=%lld off=%#llx\n",
	       (unsigned long long)m->calls, (unsigned long long)m->addr,
	       (unsigned long long)m->len, (unsigned long long)m->prot,
	       (unsigned long long)m->flags, (long long)m->fd,
	       (unsigned long long)m->off);
	wrong(bad, sizeof(bad), "addr", m->addr != MMAP_ADDR);
	wrong(bad, sizeof(bad), "len", m->len != MMAP_LEN);
	wrong(bad, sizeof(bad), "prot", m->prot != MMAP_PROT);
	wrong(bad, sizeof(bad), "flags", m->flags != MMAP_FLAGS);
	wrong(bad, sizeof(bad), "fd", (long long)m->fd != MMAP_FD);
	wrong(bad, sizeof(bad), "off", m->off != MMAP_OFF);
	printf("mmap wrong=%s\n", bad[0] ? bad : "none");
}

static void print_records(struct bpf_object *obj, int has_mmap)
{
	struct bpf_map *bss = section_map(obj, ".bss");
	long o_off = var_offset(obj, ".bss", "openat_seen");
	long m_off = var_offset(obj, ".bss", "mmap_seen");
	struct openat_args o;
	struct mmap_args m;
	unsigned char *val;
	__u32 zero = 0;
	size_t sz;

	if (!bss || o_off < 0 || (has_mmap && m_off < 0)) {
		printf("records missing: no .bss map or no openat_seen/mmap_seen in its BTF\n");
		return;
	}
	sz = bpf_map__value_size(bss);
	val = calloc(1, sz);
	if (!val || bpf_map_lookup_elem(bpf_map__fd(bss), &zero, val) ||
	    o_off + sizeof(o) > sz || (has_mmap && m_off + sizeof(m) > sz)) {
		printf("records missing: cannot read .bss (%s)\n", strerror(errno));
		free(val);
		return;
	}
	memcpy(&o, val + o_off, sizeof(o));
	o.path[sizeof(o.path) - 1] = 0;
	print_openat(&o);
	if (has_mmap) {
		memcpy(&m, val + m_off, sizeof(m));
		print_mmap(&m);
	} else {
		printf("mmap none\n");
	}
	free(val);
}

#if defined(__x86_64__)
#define SYSCALL_PREFIX "__x64_sys_"
#elif defined(__aarch64__)
#define SYSCALL_PREFIX "__arm64_sys_"
#elif defined(__riscv)
#define SYSCALL_PREFIX "__riscv_sys_"
#endif

/*
 * Attach @prog as libbpf does; for a ksyscall/ program that libbpf cannot
 * attach, attach a kprobe on the syscall wrapper ourselves, at its first
 * instruction, else 8 bytes in. Debian 13's riscv64 kernel has no
 * KPROBES_ON_FTRACE: a kprobe on a function's first instruction, one of
 * the ftrace nops (-fpatchable-function-entry=4, 8 bytes with RVC), fails
 * with EINVAL there, and libbpf's ksyscall attach (and its syscall-wrapper
 * probe, on __riscv_sys_bpf) knows no other way. The nops change no
 * register, so 8 bytes in the program sees the wrapper's arguments as at
 * the entry. Prints where it attached when it did so itself.
 */
static struct bpf_link *attach(struct bpf_program *prog, char *at, size_t at_size)
{
	const char *sec = bpf_program__section_name(prog);
	struct bpf_link *l = bpf_program__attach(prog);
	char func[64];
	size_t off;
	int err;

	at[0] = 0;
	if (l || strncmp(sec, "ksyscall/", 9))
		return l;
	err = errno;
	snprintf(func, sizeof(func), "%s%s", SYSCALL_PREFIX, sec + 9);
	for (off = 0; off <= 8; off += 8) {
		LIBBPF_OPTS(bpf_kprobe_opts, opts, .offset = off);

		l = bpf_program__attach_kprobe_opts(prog, func, &opts);
		if (l) {
			snprintf(at, at_size, " at=%s+%zu", func, off);
			return l;
		}
	}
	errno = err;
	return NULL;
}

/* Returns 0 when everything loaded and attached. */
static int run_object(const char *path)
{
	struct bpf_link *links[16] = { 0 };
	struct bpf_program *prog;
	struct bpf_object *obj;
	struct bpf_map *data;
	int n = 0, i, err, failed = 0, has_mmap = 0;
	long tgid_off;

	obj = bpf_object__open_file(path, NULL);
	if (!obj) {
		fprintf(stderr, "bpfcc-load: error: %s: cannot open: %s\n", path, strerror(errno));
		return 1;
	}
	bpf_object__for_each_program(prog, obj) {
		n++;
		if (!strcmp(bpf_program__name(prog), "trace_mmap"))
			has_mmap = 1;
	}
	printf("object file=%s progs=%d\n", path, n);

	data = section_map(obj, ".data");
	tgid_off = var_offset(obj, ".data", "target_tgid");
	if (data && tgid_off >= 0) {
		size_t sz;
		const void *init = bpf_map__initial_value(data, &sz);
		__u32 tgid = getpid();
		char *copy = init ? malloc(sz) : NULL;

		if (copy && tgid_off + sizeof(tgid) <= sz) {
			memcpy(copy, init, sz);
			memcpy(copy + tgid_off, &tgid, sizeof(tgid));
			bpf_map__set_initial_value(data, copy, sz);
		}
		free(copy);
	}

	err = bpf_object__load(obj);
	if (err) {
		printf("load=fail errno=%d\n", -err);
		bpf_object__close(obj);
		return 1;
	}
	i = 0;
	bpf_object__for_each_program(prog, obj) {
		char at[96];
		struct bpf_link *l = attach(prog, at, sizeof(at));

		err = l ? 0 : errno;
		printf("prog name=%s section=%s load=ok attach=%s errno=%d%s\n",
		       bpf_program__name(prog), bpf_program__section_name(prog),
		       l ? "ok" : "fail", err, at);
		if (!l)
			failed = 1;
		else if (i < 16)
			links[i++] = l;
	}
	call_syscalls();
	print_records(obj, has_mmap);
	while (i-- > 0)
		bpf_link__destroy(links[i]);
	bpf_object__close(obj);
	return failed;
}

int main(int argc, char **argv)
{
	int i, status = 0;

	libbpf_set_print(quiet);
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--log-tail")) { /* bpfcc-vmtest passes it */
			i++;
			continue;
		}
		if (run_object(argv[i]))
			status = 1;
	}
	fflush(stdout);
	return status;
}
