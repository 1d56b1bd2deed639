#include "corpus.h"
/* biolatency: request sector and size at issue (raw tracepoint args). */
SEC("raw_tp/block_rq_issue")
int block_rq_issue(struct bpf_raw_tracepoint_args *ctx)
{
	struct request *rq = (struct request *)ctx->args[0];
	__u32 key;
	__u64 ts = bpf_ktime_get_ns();
	PLAIN(key = rq->__sector ^ rq->__data_len;)
	HAND(key = BPF_CORE_READ(rq, __sector) ^ BPF_CORE_READ(rq, __data_len);)
	bpf_map_update_elem(&stash, &key, &ts, BPF_ANY);
	return 0;
}
