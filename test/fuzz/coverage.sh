#!/usr/bin/env bash
# Line coverage of bpfcc's object readers reached by the fuzzers' corpora.
#
# Usage: coverage.sh SRCDIR FUZZ_WORKDIR OUTDIR
#   SRCDIR        the bpfcc source tree
#   FUZZ_WORKDIR  where run-fuzzers.sh kept corpus/NAME and seeds/
#                 (build-fuzz/test/fuzz)
#   OUTDIR        scratch directory for the coverage build and profiles
# Builds each harness again with -fprofile-instr-generate -fcoverage-mapping
# (no sanitizers), runs it once over its corpus and seeds (-runs=0), and
# prints llvm-cov's per-file summary for driver/obj, driver/passes,
# driver/common/diag.c and driver/tools/dump.c.
set -euo pipefail
src=$(cd "$1" && pwd) work=$2 out=$3
cc=${CC:-clang-19}
llvm=${LLVM_BIN:-/usr/lib/llvm-19/bin}
rm -rf "$out"
mkdir -p "$out"
flags=(-g -O1 -D_GNU_SOURCE -DBPFCC_VERSION=\"cov\" -I"$src/driver"
       -fprofile-instr-generate -fcoverage-mapping)
libs=(-lbpf -lelf -lz)
lib_srcs=("$src"/driver/common/*.c "$src"/driver/obj/*.c "$src"/driver/passes/*.c)
profiles=()
for name in elf dump btf-ext pipeline; do
    seeds=$work/seeds/obj
    [ "$name" != btf-ext ] || seeds=$work/seeds/btf-ext
    "$cc" "${flags[@]}" -fsanitize=fuzzer -o "$out/fuzz-$name" \
        "$src/test/fuzz/fuzz_${name//-/_}.c" "${lib_srcs[@]}" "${libs[@]}"
    mkdir -p "$work/corpus/$name"
    LLVM_PROFILE_FILE=$out/$name.profraw "$out/fuzz-$name" -runs=0 -close_fd_mask=3 \
        "$work/corpus/$name" "$seeds" >"$out/$name.log" 2>&1
    profiles+=("$out/$name.profraw")
done
"$llvm/llvm-profdata" merge -o "$out/all.profdata" "${profiles[@]}"
objs=()
for name in dump btf-ext pipeline; do objs+=(-object "$out/fuzz-$name"); done
"$llvm/llvm-cov" report "$out/fuzz-elf" "${objs[@]}" -instr-profile="$out/all.profdata" \
    "$src"/driver/obj/*.c "$src"/driver/passes/*.c "$src"/driver/common/diag.c \
    "$src"/driver/tools/dump.c
