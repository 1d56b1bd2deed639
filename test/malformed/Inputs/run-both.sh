#!/usr/bin/env bash
# Give one malformed object to both readers of objects and report what they
# did, for FileCheck:
#   standalone lowering   bpfcc --target-kernel=5.10 BAD -o DIR/out.o
#   dump                  bpfcc-dump BAD
# Each reports its exit status, its error lines (stderr, prefixed), how many
# bytes it wrote on stdout, and for bpfcc what is left in DIR: an out.o from
# an earlier build is put there first, and must be gone after the failure,
# with no temporary file beside it.
#
# Usage: run-both.sh BPFCC BPFCC_DUMP BAD DIR
set -u
bpfcc=$1 dump=$2 bad=$3 dir=$4

rm -rf "$dir"
mkdir -p "$dir"
echo stale >"$dir/out.o"
"$bpfcc" --target-kernel=5.10 "$bad" -o "$dir/out.o" >"$dir.lower.out" 2>"$dir.lower.err"
echo "lower: exit=$? errors=$(wc -l <"$dir.lower.err") stdout=$(wc -c <"$dir.lower.out")"
sed 's/^/lower: /' "$dir.lower.err"
echo "lower: left:" $(ls -A "$dir")

"$dump" "$bad" >"$dir.dump.out" 2>"$dir.dump.err"
echo "dump: exit=$? errors=$(wc -l <"$dir.dump.err") stdout=$(wc -c <"$dir.dump.out")"
sed 's/^/dump: /' "$dir.dump.err"
