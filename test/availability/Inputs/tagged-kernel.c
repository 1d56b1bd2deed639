/*
 * A stand-in for the BTF of a kernel whose pahole marks kfuncs
 * (decl_tag_kfuncs: DECL_TAG "bpf_kfunc" on each), built with clang: one
 * kfunc, one plain kernel function, and the BPF enums the checks read.
 */
#include <linux/bpf.h>

#define __bpf_kfunc __attribute__((btf_decl_tag("bpf_kfunc")))

__bpf_kfunc int bpf_tagged_kfunc(int x) { return x; }
int plain_kernel_func(int x) { return x + 1; }

enum bpf_prog_type prog_type;
enum bpf_attach_type attach_type;
enum bpf_map_type map_type;
enum bpf_func_id func_id;
