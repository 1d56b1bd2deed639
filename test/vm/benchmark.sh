#!/bin/bash
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# Times bpfcc-vmtest on this machine: BTF extraction from the bzImage,
# a boot that loads one trivial program, and a boot that loads the six
# objects of the kernel/VM test suites. Prints a Markdown table for
# docs/kernels.md. Not a test: timings depend on the machine and its load.
#
#   test/vm/benchmark.sh [BUILD_DIR] [RUNS]
set -eu -o pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
runs=${2:-3}
vmtest=$build/bin/bpfcc-vmtest
clang=${BPFCC_CLANG:-/usr/lib/llvm-19/bin/clang}

work=$(mktemp -d "${TMPDIR:-/tmp}/bpfcc-vmtest-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

cflags=(-g -O2 -target bpf -D__TARGET_ARCH_x86 -idirafter /usr/include/x86_64-linux-gnu)
objs=()
for f in vm/progtypes.c vm/trampoline.c vm/map-null-check.c \
	 vm/void-ctx-subprog.c kernel/load-verdicts.c kernel/load-pinned-maps.c; do
	o=$work/$(basename "$f" .c).o
	"$clang" "${cflags[@]}" -c "$src/test/$f" -o "$o"
	objs+=("$o")
done
cat >"$work/nop.c" <<'EOC'
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
SEC("socket") int nop(void *ctx) { return 0; }
char LICENSE[] SEC("license") = "GPL";
EOC
"$clang" "${cflags[@]}" -c "$work/nop.c" -o "$work/nop.o"

# Median wall time in seconds of $runs runs of "$@" (exit status ignored).
median() {
	local i t0 t1
	for ((i = 0; i < runs; i++)); do
		t0=$(date +%s.%N)
		"$@" >/dev/null 2>&1 || true
		t1=$(date +%s.%N)
		awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'
	done | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] }'
}

# Some programs fail on purpose: only the count matters here.
nprogs=$({ "$build/bin/bpfcc-load" "${objs[@]}" 2>/dev/null || true; } |
	awk -F 'progs=' '/^object / { n += $2 } END { print n }')

echo "Machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); qemu $(qemu-system-x86_64 --version | head -n 1 | awk '{ print $4 }'); $runs runs, median."
echo
echo "| kernel | BTF from bzImage (no boot) | boot + 1 program | boot + ${#objs[@]} objects ($nprogs programs) |"
echo "|---|---|---|---|"
for k in 6.1 6.12; do
	# "kernel 6.1: <release> (<cache>/<package>/vmlinuz)"
	line=$("$vmtest" --kernel "$k" --fetch)
	rel=$(echo "$line" | awk '{ print $3 }')
	kdir=$(dirname "$(echo "$line" | sed 's/.*(\(.*\))$/\1/')")
	# Extraction is cached per kernel: time it on a private copy.
	btfcache=$work/cache-$k
	mkdir -p "$btfcache/$(basename "$kdir")"
	cp "$kdir/vmlinuz" "$kdir/release" "$btfcache/$(basename "$kdir")/"
	btf=$(median bash -c "rm -f '$btfcache'/*/btf; BPFCC_VMTEST_CACHE='$btfcache' '$vmtest' --kernel $k --btf-out '$work/btf'")
	one=$(median "$vmtest" --kernel "$k" "$work/nop.o")
	all=$(median "$vmtest" --kernel "$k" "${objs[@]}")
	echo "| $rel | ${btf} s | ${one} s | ${all} s |"
done
