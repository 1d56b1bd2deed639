/* Types for the CO-RE relocation tests. Member indexes (access strings):
 * outer: pad 0, <anon union> 1 { u1 0, in 1 }, list 2
 * inner: x 0, bits 1, arr 2 */
#include <linux/types.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct inner {
	int x;
	unsigned int bits : 3;
	int arr[4];
};

struct outer {
	long pad;
	union {
		int u1;
		struct inner in;
	};
	struct inner list[2];
} __attribute__((preserve_access_index));

typedef struct outer outer_t;

enum color { RED, GREEN = 7 };
enum big { BIG = 0x100000000ULL };

char LICENSE[] SEC("license") = "GPL";
