#!/bin/sh
# same-code-and-btf.sh REF.o OBJ.o
#
# For programs that include a large vmlinux.h: clang-19's BTF writer appends
# the FWD types it needs in the order of their metadata nodes' heap addresses
# (a pointer-keyed std::map in BTFDebug), so loading any plugin -- even one
# that does nothing -- can permute them. Everything else must be identical:
# the section list, the code with its relocations, and the BTF types up to
# their numbering.
set -e
ref=$1 obj=$2
sections() { llvm-readelf -S "$1" | sed -n 's/^ *\[ *[0-9]*\] \([^ ]*\) *\([A-Z_]*\) .*/\1 \2/p'; }
code() { llvm-objdump -dr "$1" | tail -n +3; }
btf() { bpftool btf dump file "$1" | sed 's/[0-9][0-9]*/N/g' | LC_ALL=C sort; }
sections "$ref" > "$obj.ref.sec"; sections "$obj" > "$obj.sec"
cmp "$obj.ref.sec" "$obj.sec"
code "$ref" > "$obj.ref.dis"; code "$obj" > "$obj.dis"
cmp "$obj.ref.dis" "$obj.dis"
btf "$ref" > "$obj.ref.btf"; btf "$obj" > "$obj.btf"
cmp "$obj.ref.btf" "$obj.btf"
