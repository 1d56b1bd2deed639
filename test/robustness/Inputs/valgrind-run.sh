#!/usr/bin/env bash
# Run the post-processor and bpfcc-dump under valgrind (memcheck) on the
# test objects: standalone lowering for 4.18, 5.2, 5.15 and 6.1, the dump
# of each object and of its 4.18 lowering, and the error path of a
# malformed object. One line per run: "ok" or what went wrong.
#
# Usage: valgrind-run.sh BPFCC BPFCC_DUMP WORKDIR BAD.o OBJ...
set -u
bpfcc=$1 dump=$2 work=$3 bad=$4
shift 4
rm -rf "$work"
mkdir -p "$work"
# Exit status 99 on any memcheck error, including definite and possible leaks.
vg=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,possible)

run() {
    local want=$1 label=$2
    shift 2
    "${vg[@]}" "$@" >"$work/out" 2>"$work/err"
    local st=$?
    if [ "$st" -eq "$want" ]; then
        echo "ok $label"
    else
        echo "FAIL $label: exit $st, want $want"
        grep -E '^==[0-9]+==' "$work/err" | head -20
    fi
}

for obj in "$@"; do
    name=$(basename "$obj" .o)
    run 0 "dump $name" "$dump" "$obj"
    for k in 4.18 5.2 5.15 6.1; do
        run 0 "lower $name $k" "$bpfcc" --target-kernel=$k "$obj" -o "$work/$name-$k.o"
    done
    # The most lowered output: every kind rewritten.
    run 0 "dump $name-4.18" "$dump" "$work/$name-4.18.o"
done
run 1 "lower malformed" "$bpfcc" --target-kernel=5.10 "$bad" -o "$work/bad-out.o"
run 1 "dump malformed" "$dump" "$bad"
