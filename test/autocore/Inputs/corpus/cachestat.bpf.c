#include "corpus.h"
/* cachestat-like: a static helper shared by two probes gets its kernel
 * pointer argument from both. */
static __always_inline __u64 mapping_pages(struct address_space *mapping)
{
	PLAIN(return mapping->nrpages + mapping->host->i_ino;)
	HAND(return BPF_CORE_READ(mapping, nrpages) + BPF_CORE_READ(mapping, host, i_ino);)
}

SEC("kprobe/folio_mark_accessed")
int BPF_KPROBE(folio_mark_accessed, struct folio *folio)
{
	__u32 key = 0;
	struct address_space *m;
	PLAIN(m = folio->mapping;)
	HAND(m = BPF_CORE_READ(folio, mapping);)
	__u64 v = mapping_pages(m);
	bpf_map_update_elem(&stash, &key, &v, BPF_ANY);
	return 0;
}

SEC("kprobe/filemap_add_folio")
int BPF_KPROBE(filemap_add_folio, struct address_space *mapping)
{
	__u32 key = 1;
	__u64 v = mapping_pages(mapping);
	bpf_map_update_elem(&stash, &key, &v, BPF_ANY);
	return 0;
}
