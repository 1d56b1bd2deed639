#!/usr/bin/env bash
# make -j style: N bpfcc processes at once writing into one directory.
#
# Usage: parallel.sh BPFCC N WORKDIR SOURCE
# Compiles (with --target-kernel=5.10, so each output goes through two
# temporary files: clang's and the post-processor's):
#   different  N sources (SOURCE with its function renamed) -> WORKDIR/out/aK.o
#   same       SOURCE N times at once -> WORKDIR/same/x.o
#   lower      WORKDIR/ref/a1.o N times at once, standalone -> WORKDIR/lower/y.o
# Each result is compared with a serial compile; prints one line per
# scenario: how many failed, differ from the serial result, and what else
# (temporary files) is left in the directory.
set -u
bpfcc=$1 n=$2 work=$3 src=$4
flags=(--target-kernel=5.10 -g -O2 -idirafter /usr/include/x86_64-linux-gnu)

rm -rf "$work"
mkdir -p "$work/src" "$work/ref" "$work/out" "$work/same" "$work/lower"
for i in $(seq "$n"); do
    sed "s/PROGNAME/prog$i/" "$src" >"$work/src/a$i.c"
    "$bpfcc" "${flags[@]}" -c "$work/src/a$i.c" -o "$work/ref/a$i.o" || echo "serial compile $i failed"
done
"$bpfcc" --target-kernel=4.18 "$work/ref/a1.o" -o "$work/ref/lowered.o" || echo "serial lowering failed"

report() {
    local what=$1 dir=$2 failed=$3 differ=$4
    echo "$what: failed=$failed differ=$differ left:" $(cd "$dir" && ls -A | grep -v '^[a-z][a-z0-9]*\.o$')
}

# N different outputs.
pids=()
for i in $(seq "$n"); do
    "$bpfcc" "${flags[@]}" -c "$work/src/a$i.c" -o "$work/out/a$i.o" & pids+=($!)
done
failed=0; for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
differ=0; for i in $(seq "$n"); do cmp -s "$work/ref/a$i.o" "$work/out/a$i.o" || differ=$((differ + 1)); done
report different "$work/out" "$failed" "$differ"

# N times the same output.
pids=()
for i in $(seq "$n"); do
    "$bpfcc" "${flags[@]}" -c "$work/src/a1.c" -o "$work/same/x.o" & pids+=($!)
done
failed=0; for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
differ=0; cmp -s "$work/ref/a1.o" "$work/same/x.o" || differ=1
report same "$work/same" "$failed" "$differ"

# N standalone lowerings of one object into the same output.
pids=()
for i in $(seq "$n"); do
    "$bpfcc" --target-kernel=4.18 "$work/ref/a1.o" -o "$work/lower/y.o" & pids+=($!)
done
failed=0; for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
differ=0; cmp -s "$work/ref/lowered.o" "$work/lower/y.o" || differ=1
report lower "$work/lower" "$failed" "$differ"
