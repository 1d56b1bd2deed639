#!/usr/bin/env bash
# Drop-in check on a real suite: the kernel's own BPF selftests (Linux 6.1,
# from Debian's linux-source-6.1) compiled with clang-19 and with bpfcc, using
# the command line of the selftests Makefile for both. Passes when the same
# files compile with both and every compiled object has identical code
# sections (bytes and relocations); see compare_code.py and
# docs/compatibility.md.
#
# Usage: selftests-compat.sh --bpfcc PATH --work DIR [options]
#   --bpfcc PATH      compiler under test (required)
#   --clang PATH      reference compiler (default /usr/lib/llvm-19/bin/clang)
#   --work DIR        objects and logs of this run (wiped first)
#   --cache DIR       extracted sources, reused while the tarball is unchanged
#                     (default DIR/../selftests-6.1-src next to --work)
#   --source FILE     kernel tarball (default /usr/src/linux-source-6.1.tar.xz)
#   --vmlinux-h FILE  vmlinux.h to use (default: dumped from the host BTF)
#   --jobs N          parallel compiles (default: number of CPUs)
#   --filter REGEX    only sources whose name matches (for debugging)
#   --min-compiled N  set-up sanity: clang-19 must compile at least N files
#   --python PATH     python3 for compare_code.py (default python3)
#   --list-warnings   print every bpfcc warning (the count is always printed)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
clang=/usr/lib/llvm-19/bin/clang
bpfcc=
work=
cache=
source=/usr/src/linux-source-6.1.tar.xz
vmlinux_h=
jobs=$(nproc)
filter=
min_compiled=1
python=python3
list_warnings=

die() { echo "selftests-compat: error: $*" >&2; exit 2; }

parse_args() {
    while [ $# -gt 0 ]; do
        case $1 in
        --bpfcc) bpfcc=$2; shift ;;
        --clang) clang=$2; shift ;;
        --work) work=$2; shift ;;
        --cache) cache=$2; shift ;;
        --source) source=$2; shift ;;
        --vmlinux-h) vmlinux_h=$2; shift ;;
        --jobs) jobs=$2; shift ;;
        --filter) filter=$2; shift ;;
        --min-compiled) min_compiled=$2; shift ;;
        --python) python=$2; shift ;;
        --list-warnings) list_warnings=--list-warnings ;;
        *) die "unknown argument '$1'" ;;
        esac
        shift
    done
    [ -n "$bpfcc" ] || die "--bpfcc is required"
    [ -n "$work" ] || die "--work is required"
    [ -x "$bpfcc" ] || die "compiler under test not found: $bpfcc"
    [ -x "$clang" ] || die "reference compiler not found: $clang"
    [ -r "$source" ] || die "kernel source tarball not found: $source"
    work=$(mkdir -p "$work" && cd "$work" && pwd)
    [ -n "$cache" ] || cache=$(dirname "$work")/selftests-6.1-src
}

# The part of the kernel tree the selftests' BPF programs need, in the
# tree's own layout: some sources include headers by relative paths such as
# <../../../tools/include/linux/filter.h>.
extract_sources() {
    local stamp="$cache/.stamp" want
    want=$(stat -c '%s %Y' "$source")
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
        return
    fi
    echo "extracting the 6.1 selftests from $source into $cache"
    rm -rf "$cache"
    mkdir -p "$cache"
    local top
    top=$(tar -tJf "$source" | head -1 | cut -d/ -f1) || true
    [ -n "$top" ] || die "cannot read $source"
    tar -xJf "$source" -C "$cache" --strip-components=1 \
        "$top/tools/testing/selftests/bpf" "$top/tools/lib/bpf" \
        "$top/tools/include" "$top/scripts/bpf_doc.py"
    echo "$want" >"$stamp"
}

# What `make -C tools/lib/bpf install_headers` and the vmlinux.h rule of the
# selftests Makefile would put in the selftests' INCLUDE_DIR.
prepare_include_dir() {
    local inc="$cache/tools/testing/selftests/bpf/tools/include"
    mkdir -p "$inc/bpf"
    if [ ! -s "$inc/bpf/bpf_helper_defs.h" ]; then
        "$python" "$cache/scripts/bpf_doc.py" --header \
            --file "$cache/tools/include/uapi/linux/bpf.h" >"$inc/bpf/bpf_helper_defs.h.tmp"
        mv "$inc/bpf/bpf_helper_defs.h.tmp" "$inc/bpf/bpf_helper_defs.h"
    fi
    local h
    for h in bpf.h libbpf.h btf.h libbpf_common.h libbpf_legacy.h bpf_helpers.h \
             bpf_tracing.h bpf_endian.h bpf_core_read.h skel_internal.h \
             libbpf_version.h usdt.bpf.h; do
        cp "$cache/tools/lib/bpf/$h" "$inc/bpf/$h"
    done
    if [ -n "$vmlinux_h" ]; then
        [ -s "$vmlinux_h" ] || die "vmlinux.h not found: $vmlinux_h"
        cp "$vmlinux_h" "$inc/vmlinux.h"
    else
        [ -r /sys/kernel/btf/vmlinux ] || die "no host BTF (/sys/kernel/btf/vmlinux) and no --vmlinux-h"
        local bpftool
        bpftool=$(PATH=$PATH:/usr/sbin:/sbin command -v bpftool) || die "bpftool not found"
        "$bpftool" btf dump file /sys/kernel/btf/vmlinux format c >"$inc/vmlinux.h.tmp"
        mv "$inc/vmlinux.h.tmp" "$inc/vmlinux.h"
    fi
}

# The Makefile's CLANG_SYS_INCLUDES: $(CLANG)'s default include search list,
# as -idirafter. Computed for each compiler with its own probe, as `make
# CLANG=bpfcc` does: asking clang-19 for bpfcc's list would hide a bpfcc
# whose list lacks a directory the programs need (issue 14: bpfcc's BPF
# list once had no /usr/include/x86_64-linux-gnu).
sys_includes() {
    "$1" -v -E - </dev/null 2>&1 |
        sed -n '/<...> search starts here:/,/End of search list./{ s| \(/.*\)|-idirafter \1|p }' |
        tr '\n' ' '
}

# One compile: selftests Makefile's CLANG_BPF_BUILD_RULE for test_progs
#   $(CLANG) $(BPF_CFLAGS) $(CLANG_CFLAGS) -DENABLE_ATOMICS_TESTS \
#            -O2 -target bpf -c $< -mcpu=v3 -o $@
# run from the selftests directory, as make does, with the compiler's own
# CLANG_SYS_INCLUDES ($3). Leaves NAME.o, NAME.log and NAME.rc in the output
# directory. Called by xargs, so reads its other settings from the environment.
compile_one() {
    local compiler=$1 outdir=$2 sys_includes=$3 name=$4 rc=0 extra=()
    case $name in
    test_l4lb_noinline | test_xdp_noinline) extra=(-fno-inline) ;;
    esac
    # shellcheck disable=SC2086 # sys_includes is a word list
    timeout 600 "$compiler" -g -Werror -D__TARGET_ARCH_x86 -mlittle-endian \
        "-I$COMPAT_SELFTESTS/tools/include" "-I$COMPAT_SELFTESTS" \
        "-I$COMPAT_TREE/tools/include/uapi" "-I$COMPAT_TREE/tools/testing/selftests/usr/include" \
        "${extra[@]}" $sys_includes -Wno-compare-distinct-pointer-types \
        -DENABLE_ATOMICS_TESTS -O2 -target bpf -c "progs/$name.c" -mcpu=v3 \
        -o "$outdir/$name.o" >"$outdir/$name.log" 2>&1 || rc=$?
    echo "$rc" >"$outdir/$name.rc"
}

# Every (compiler, source) pair, two compilers interleaved, $jobs at a time.
compile_all() {
    local list=$1
    export COMPAT_TREE=$cache COMPAT_SELFTESTS=$cache/tools/testing/selftests/bpf
    local clang_inc bpfcc_inc
    clang_inc=$(sys_includes "$clang")
    bpfcc_inc=$(sys_includes "$bpfcc")
    echo "CLANG_SYS_INCLUDES with clang-19: $clang_inc"
    echo "CLANG_SYS_INCLUDES with bpfcc: $bpfcc_inc"
    export -f compile_one
    mkdir -p "$work/clang" "$work/bpfcc"
    local name
    while read -r name; do
        printf '%s\0%s\0%s\0%s\0' "$clang" "$work/clang" "$clang_inc" "$name"
        printf '%s\0%s\0%s\0%s\0' "$bpfcc" "$work/bpfcc" "$bpfcc_inc" "$name"
    done <"$list" |
        (cd "$COMPAT_SELFTESTS" && xargs -0 -n 4 -P "$jobs" bash -c 'compile_one "$@"' _)
}

main() {
    parse_args "$@"
    local start=$SECONDS
    extract_sources
    prepare_include_dir
    rm -rf "$work/clang" "$work/bpfcc"
    mkdir -p "$work"
    local list="$work/sources.txt"
    (cd "$cache/tools/testing/selftests/bpf/progs" && ls -- *.c) | sed 's/\.c$//' |
        { grep -E -- "${filter:-.}" || true; } >"$list"
    [ -s "$list" ] || die "no sources to compile"
    echo "compiling $(wc -l <"$list") selftests sources with $clang and $bpfcc ($jobs jobs)"
    compile_all "$list"
    echo "extracted and compiled in $((SECONDS - start)) s"
    "$python" "$here/compare_code.py" --list "$list" --ref-dir "$work/clang" \
        --test-dir "$work/bpfcc" --ref-name clang-19 --test-name bpfcc \
        --min-compiled "$min_compiled" $list_warnings
}

main "$@"
