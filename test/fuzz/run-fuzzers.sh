#!/usr/bin/env bash
# Run bpfcc's libFuzzer harnesses one after the other, each for a given
# time, and print one summary line per harness (executions, coverage).
#
# Usage: run-fuzzers.sh --bin DIR --seeds DIR --work DIR
#                       (--seconds N | --default-seconds N) [--fresh] NAME...
#   --seconds N          run each harness N seconds
#   --default-seconds N  same, unless FUZZ_SECONDS is set in the environment
#   --fresh              start from the seeds only (CI: the same work each run);
#                        otherwise WORK/corpus/NAME grows from run to run
#   NAME                 elf, dump, btf-ext, pipeline, raw-btf (bin/fuzz-NAME)
#
# Exit status 1 if any harness found a crash, leak, UB, timeout or an
# invariant violation; its input is kept as WORK/artifacts/NAME-*, and the
# end of its log is printed.
set -uo pipefail

bin= seeds= work= seconds= fresh=0 names=()
while [ $# -gt 0 ]; do
    case $1 in
    --bin) bin=$2; shift ;;
    --seeds) seeds=$2; shift ;;
    --work) work=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --default-seconds) seconds=${FUZZ_SECONDS:-$2}; shift ;;
    --fresh) fresh=1 ;;
    -*) echo "run-fuzzers: unknown option '$1'" >&2; exit 2 ;;
    *) names+=("$1") ;;
    esac
    shift
done
[ -n "$bin" ] && [ -n "$seeds" ] && [ -n "$work" ] && [ -n "$seconds" ] && [ ${#names[@]} -gt 0 ] ||
    { echo "run-fuzzers: usage: see the comment at the top of $0" >&2; exit 2; }

failed=0
# A fresh (CI) run keeps its logs apart: a long run may be writing logs/.
logs=$work/logs
[ "$fresh" = 0 ] || logs=$work/logs-fresh
mkdir -p "$work/artifacts" "$logs"
for name in "${names[@]}"; do
    corpus=$work/corpus/$name
    [ "$fresh" = 0 ] || { corpus=$work/corpus-fresh/$name; rm -rf "$corpus"; }
    mkdir -p "$corpus"
    seed_dir=$seeds/obj
    [ "$name" != btf-ext ] || seed_dir=$seeds/btf-ext
    [ "$name" != raw-btf ] || seed_dir=$seeds/raw-btf
    log=$logs/$name.log
    start=$SECONDS
    # -close_fd_mask=2: the harness's expected error lines go nowhere;
    # libFuzzer and the sanitizers keep reporting on their own descriptor.
    timer=()
    [ ! -x /usr/bin/time ] || timer=(/usr/bin/time -o "$logs/$name.cpu" -f '%U %S')
    nice -n 19 "${timer[@]}" "$bin/fuzz-$name" -max_total_time="$seconds" -close_fd_mask=2 \
        -print_final_stats=1 -timeout=30 -rss_limit_mb=2560 \
        -artifact_prefix="$work/artifacts/$name-" "$corpus" "$seed_dir" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cpu=$(awk '{ printf "%d", $1 + $2 }' "$logs/$name.cpu" 2>/dev/null)
    cov=$(grep -aEo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1)
    if [ "$rc" -eq 0 ]; then
        echo "fuzz-$name: OK, ${execs:-0} execs in $((SECONDS - start)) s (${cpu:-?} CPU s), $cov"
    else
        failed=1
        echo "fuzz-$name: FAILED (exit $rc) after ${execs:-?} execs; log: $log"
        grep -aE 'ERROR|SUMMARY|fuzz-|runtime error|Test unit written' "$log" | head -20
    fi
done
exit "$failed"
