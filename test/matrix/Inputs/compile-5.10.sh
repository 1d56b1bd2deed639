#!/bin/sh
# compile-5.10.sh OUTDIR SRCROOT OBJROOT BPFCC: compiles every source of
# meant-to-load.txt with --target-kernel=5.10 into OUTDIR/<path>.o, or,
# when bpfcc refuses it, writes its error lines to OUTDIR/refused.txt as
# "<source>: <error>". No object is left behind for a refused source.
out=$1 src=$2 obj=$3 bpfcc=$4
mkdir -p "$out"
rm -f "$out"/*.o "$out"/refused.txt
: >"$out/refused.txt"
grep -v -e '^#' -e '^$' "$src/test/matrix/Inputs/meant-to-load.txt" |
while read -r f; do
	name=$(echo "$f" | tr / _)
	dir=$(dirname "$src/$f")
	if ! "$bpfcc" --target-kernel=5.10 -g -O2 -target bpf -D__TARGET_ARCH_x86 \
		-I"$src/test/include" -I"$obj/test/include" -I"$dir/Inputs" -I"$dir" \
		-idirafter /usr/include/x86_64-linux-gnu \
		-c "$src/$f" -o "$out/$name.o" 2>"$out/err"; then
		grep ' error: ' "$out/err" | sed "s|^$src/||; s|^|$f: |" >>"$out/refused.txt"
		test ! -e "$out/$name.o" || { echo "$f: refused but $name.o left behind"; exit 1; }
	fi
done
rm -f "$out/err"
