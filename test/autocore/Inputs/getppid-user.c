// Loads getppid.bpf.o (libbpf 1.1), attaches both raw_tp/sys_enter
// programs, opens the marker path and prints what each program read next
// to what the kernel says through system calls.
#include <bpf/libbpf.h>
#include <bpf/bpf.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct bpf_object *obj = bpf_object__open_file(argv[1], NULL);
	if (!obj || bpf_object__load(obj)) {
		fprintf(stderr, "cannot load %s\n", argv[1]);
		return 1;
	}
	struct bpf_program *p;
	bpf_object__for_each_program(p, obj)
		if (!bpf_program__attach(p)) {
			fprintf(stderr, "cannot attach %s\n", bpf_program__name(p));
			return 1;
		}
	// On the stack: bpf_probe_read_user cannot fault pages in, and a
	// string literal's page may not be mapped in yet.
	char path[] = "/ac!Z-bpfcc-marker";
	openat(AT_FDCWD, path, O_RDONLY);
	int fd = bpf_object__find_map_fd_by_name(obj, "out");
	long long v[8] = {0};
	for (unsigned k = 0; k < 8; k++)
		bpf_map_lookup_elem(fd, &k, &v[k]);
	printf("getppid=%d plain=%lld twin=%lld\n", (int)getppid(), v[0], v[4]);
	printf("getpid=%d plain=%lld twin=%lld\n", (int)getpid(), v[1], v[5]);
	printf("name[4]=%c plain=%c twin=%c\n", 'Z', (char)v[2], (char)v[6]);
	printf("leader=%d plain=%lld twin=%lld\n", (int)getpid(), v[3], v[7]);
	return 0;
}
