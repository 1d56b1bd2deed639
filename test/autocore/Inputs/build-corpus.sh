#!/bin/sh
# build-corpus.sh OUTDIR BPFCC [FLAGS...]: compiles every corpus program
# into OUTDIR/<name>.o with BPFCC and FLAGS (e.g. -DTWIN, or
# --bpfcc-no-auto-core for the negative control).
set -e
out=$1; shift
bpfcc=$1; shift
dir=$(dirname "$0")/corpus
mkdir -p "$out"
rm -f "$out"/*.o
for src in "$dir"/*.bpf.c; do
	name=$(basename "$src" .bpf.c)
	"$bpfcc" "$@" -c "$src" -o "$out/$name.o"
done
