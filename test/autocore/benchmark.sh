#!/bin/sh
# benchmark.sh BUILD_DIR: the auto CO-RE corpus (Inputs/corpus) against its
# hand-written BPF_CORE_READ twins (-DTWIN). For every program: BPF
# instructions in the object and instructions the host verifier processed
# (bpfcc-load's insns=), plain chains vs twin. Prints a Markdown table (as
# in docs/auto-core.md). Needs root and kernel BTF; not a timed test.
set -e
build=$(cd "${1:?usage: benchmark.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags="-g -O2 -target bpf -D__TARGET_ARCH_x86 -I$build/test/include -idirafter /usr/include/x86_64-linux-gnu"
sh "$here/Inputs/build-corpus.sh" "$tmp/plain" "$build/bin/bpfcc" $flags
sh "$here/Inputs/build-corpus.sh" "$tmp/twin" "$build/bin/bpfcc" $flags -DTWIN

# insns PROG OBJ: instructions of the function PROG (a 16-byte ld_imm64
# counts as one, as the verifier counts it).
insns() {
	llvm-objdump -d --no-show-raw-insn "$2" |
		awk -v p="<$1>:" '$2 == p { on = 1; next } /^$/ { on = 0 }
			on && /^ *[0-9]+:/ { n++ } END { print n + 0 }'
}
# verified PROG LOADOUT: bpfcc-load's processed-insn count for PROG.
verified() {
	sed -n "s/^prog name=$1 .*result=ok .*insns=\([0-9]*\).*/\1/p" "$2"
}

echo "| program | section | insns plain | insns twin | verified plain | verified twin |"
echo "|---|---|---:|---:|---:|---:|"
for obj in "$tmp"/plain/*.o; do
	name=$(basename "$obj" .o)
	"$build/bin/bpfcc-load" "$obj" >"$tmp/$name.plain" || true
	"$build/bin/bpfcc-load" "$tmp/twin/$name.o" >"$tmp/$name.twin" || true
	sed -n 's/^prog name=\([^ ]*\) section=\([^ ]*\) .*/\1 \2/p' "$tmp/$name.plain" |
	while read -r prog sec; do
		ip=$(insns "$prog" "$obj"); it=$(insns "$prog" "$tmp/twin/$name.o")
		vp=$(verified "$prog" "$tmp/$name.plain"); vt=$(verified "$prog" "$tmp/$name.twin")
		echo "| $name/$prog | \`$sec\` | $ip | $it | ${vp:-fail} | ${vt:-fail} |"
	done
done
