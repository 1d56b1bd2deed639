#!/bin/sh
# build.sh OUTDIR SRCROOT OBJROOT COMPILER [FLAGS...]: compiles the matrix
# corpus into OUTDIR/<name>.o with COMPILER and FLAGS (bpfcc with
# --target-kernel=X.Y, or plain clang-19 for the contrast):
#   lowering  test/passes/Inputs/{all-kinds,maps}.c: every BTF kind the
#             lowering pass handles (all-kinds-static.o for targets that
#             refuse all-kinds.o), maps;
#   arg:ctx   test/argctx/{shared,tracing}.c: a global subprogram shared by
#             kprobe, perf_event, xdp, tc, socket and cgroup_skb programs,
#             a nested one, and tp_btf, fentry, lsm, tracepoint and raw_tp
#             callers;
#   features  test/vm/{progtypes,trampoline}.c (kprobe, tp_btf with CO-RE,
#             raw_tp, xdp, tc, socket; fentry, fexit, lsm) and the auto-CO-RE
#             corpus test/autocore/Inputs/corpus/*.bpf.c (17 tools).
# A source the compiler refuses (what the target kernel lacks is a bpfcc
# error) leaves no object; its error lines go to OUTDIR/refused.txt as
# "<source>: <error>", as compile-5.10.sh does.
set -e
out=$1 src=$2 obj=$3 cc=$4
shift 4
mkdir -p "$out"
rm -f "$out"/*.o "$out"/refused.txt
: >"$out/refused.txt"
base="-g -O2 -target bpf -D__TARGET_ARCH_x86 -I$src/test/include -I$obj/test/include -idirafter /usr/include/x86_64-linux-gnu"
# compile SOURCE OBJECT [FLAGS...]
compile() {
	f=$1 o=$2
	shift 2
	if ! "$cc" "$@" -c "$src/$f" -o "$out/$o" 2>"$out/err"; then
		grep ' error: ' "$out/err" | sed "s|^$src/||; s|^|$f: |" >>"$out/refused.txt"
		test ! -e "$out/$o" || { echo "$f: refused but $o left behind"; exit 1; }
	fi
	rm -f "$out/err"
}
for f in all-kinds maps; do
	compile test/passes/Inputs/$f.c $f.o "$@" $base
done
# For targets before 5.12, all-kinds.c's global_sub(struct all *) is refused
# (a pointer argument of a global function): the corpus then gets it static,
# the fix the error suggests, so that every BTF kind is still built.
test -e "$out/all-kinds.o" ||
	compile test/passes/Inputs/all-kinds.c all-kinds-static.o "$@" $base -DSUB_LINKAGE=static
for f in shared tracing; do
	compile test/argctx/$f.c argctx-$f.o "$@" $base -I"$src/test/argctx/Inputs"
done
for f in progtypes trampoline; do
	compile test/vm/$f.c $f.o "$@" $base -I"$src/test/vm/Inputs"
done
for f in "$src"/test/autocore/Inputs/corpus/*.bpf.c; do
	name=$(basename "$f" .bpf.c)
	compile test/autocore/Inputs/corpus/$name.bpf.c corpus-$name.o "$@" $base -I"$src/test/autocore/Inputs"
done
