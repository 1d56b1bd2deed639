#!/usr/bin/env bash
# Interrupt bpfcc at many different moments and look at what it leaves.
#
# Usage: interrupt.sh BPFCC ROUNDS WORKDIR SOURCE
# Each round starts a compile with post-processing (--target-kernel=5.10),
# or a standalone lowering, sends SIGINT or SIGTERM after a delay that grows
# from round to round (so the signal lands in clang, in the post-processor,
# around the rename, or after the end), and checks the output directory:
# either nothing, or an object identical to the uninterrupted result --
# never a partial object, never a temporary file. bpfcc must exit 0 or die
# of the signal it got (128+N in the shell).
set -u
# A background job of a non-interactive shell starts with SIGINT ignored, and
# a CI harness may start us with SIGTERM ignored too; bpfcc (like any compiler)
# keeps an ignored signal ignored. Give each interrupted bpfcc the default
# dispositions so the signal really lands.
# exec: the background job must be bpfcc itself, not a subshell around it.
run_bpfcc() { exec env --default-signal=INT,TERM "$bpfcc" "$@"; }
bpfcc=$1 rounds=$2 work=$3 src=$4
flags=(--target-kernel=5.10 -g -O2 -idirafter /usr/include/x86_64-linux-gnu)

rm -rf "$work"
mkdir -p "$work/ref"
sed 's/PROGNAME/prog/' "$src" >"$work/prog.c"
# How long each takes here, in ms: the signals land at spread-out fractions
# of that (and somewhat after it), whatever the machine's speed.
ms() { echo $(( $(date +%s%N) / 1000000 )); }
t0=$(ms)
"$bpfcc" "${flags[@]}" -c "$work/prog.c" -o "$work/ref/prog.o" || echo "reference compile failed"
t1=$(ms)
"$bpfcc" --target-kernel=4.18 "$work/ref/prog.o" -o "$work/ref/lowered.o" || echo "reference lowering failed"
t2=$(ms)
compile_ms=$(( (t1 - t0) * 12 / 10 + 1 )) lower_ms=$(( (t2 - t1) * 12 / 10 + 1 ))

killed=0 completed=0 partial=0 leftovers=0 badstatus=0
for r in $(seq "$rounds"); do
    out=$work/out$r
    mkdir -p "$out"
    sig=TERM signo=15
    [ $((r % 2)) -eq 0 ] || { sig=INT signo=2; }
    if [ $((r % 3)) -eq 0 ]; then
        ref=$work/ref/lowered.o
        run_bpfcc --target-kernel=4.18 "$work/ref/prog.o" -o "$out/x.o" & pid=$!
        delay=$(( (r * 37) % 100 * lower_ms / 100 ))
    else
        ref=$work/ref/prog.o
        run_bpfcc "${flags[@]}" -c "$work/prog.c" -o "$out/x.o" & pid=$!
        delay=$(( (r * 37) % 100 * compile_ms / 100 ))
    fi
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    kill -s "$sig" "$pid" 2>/dev/null
    wait "$pid"
    st=$?
    case $st in
    0) completed=$((completed + 1)) ;;
    $((128 + signo))) killed=$((killed + 1)) ;;
    *) badstatus=$((badstatus + 1)); echo "round $r: exit status $st after SIG$sig" ;;
    esac
    for f in $(ls -A "$out"); do
        if [ "$f" != x.o ]; then
            leftovers=$((leftovers + 1)); echo "round $r: left $f"
        elif ! cmp -s "$ref" "$out/x.o"; then
            partial=$((partial + 1)); echo "round $r: partial or wrong x.o"
        fi
    done
done
echo "rounds=$rounds partial=$partial leftovers=$leftovers badstatus=$badstatus"
echo "killed=$killed completed=$completed"
