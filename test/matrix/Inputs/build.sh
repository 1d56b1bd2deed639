#!/bin/sh
# build.sh OUTDIR SRCROOT OBJROOT COMPILER [FLAGS...]: compiles the matrix
# corpus into OUTDIR/<name>.o with COMPILER and FLAGS (bpfcc with
# --target-kernel=X.Y, or plain clang-19 for the contrast):
#   lowering  test/passes/Inputs/{all-kinds,maps}.c: every BTF kind the
#             lowering pass handles, maps;
#   arg:ctx   test/argctx/{shared,tracing}.c: a global subprogram shared by
#             kprobe, perf_event, xdp, tc, socket and cgroup_skb programs,
#             a nested one, and tp_btf, fentry, lsm, tracepoint and raw_tp
#             callers;
#   features  test/vm/{progtypes,trampoline}.c (kprobe, tp_btf with CO-RE,
#             raw_tp, xdp, tc, socket; fentry, fexit, lsm) and the auto-CO-RE
#             corpus test/autocore/Inputs/corpus/*.bpf.c (17 tools).
set -e
out=$1 src=$2 obj=$3 cc=$4
shift 4
mkdir -p "$out"
rm -f "$out"/*.o
base="-g -O2 -target bpf -D__TARGET_ARCH_x86 -I$src/test/include -I$obj/test/include -idirafter /usr/include/x86_64-linux-gnu"
for f in all-kinds maps; do
	"$cc" "$@" $base -c "$src/test/passes/Inputs/$f.c" -o "$out/$f.o"
done
for f in shared tracing; do
	"$cc" "$@" $base -I"$src/test/argctx/Inputs" -c "$src/test/argctx/$f.c" -o "$out/argctx-$f.o"
done
for f in progtypes trampoline; do
	"$cc" "$@" $base -I"$src/test/vm/Inputs" -c "$src/test/vm/$f.c" -o "$out/$f.o"
done
for f in "$src"/test/autocore/Inputs/corpus/*.bpf.c; do
	name=$(basename "$f" .bpf.c)
	"$cc" "$@" $base -I"$src/test/autocore/Inputs" -c "$f" -o "$out/corpus-$name.o"
done
