#!/bin/bash
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# probe-helper-types.sh - ask a real kernel's verifier which helpers each
# program type may call, and write what it said, with where it came from.
#
#   plugin/gen/probe-helper-types.sh --build DIR --kernel 5.10|6.1|6.12 -o FILE
#   plugin/gen/probe-helper-types.sh --build DIR --host -o FILE
#
# --kernel runs DIR/lib/bpfcc/bpfcc-helperprobe-static in Debian's kernel
# under qemu (DIR/bin/bpfcc-vmtest --exec); --host runs it on this machine
# (needs root). FILE gets a provenance header (version, date, how) and the
# prober's lines; gen-helper-prog-types.py turns the files into
# plugin/HelperProgTypes.inc. See docs/target-kernel.md.

set -eu -o pipefail

die() {
	echo "probe-helper-types.sh: error: $*" >&2
	exit 2
}

BUILD= KERNEL= HOST= OUT=
while [ $# -gt 0 ]; do
	case $1 in
	--build) BUILD=$2; shift 2 ;;
	--kernel) KERNEL=$2; shift 2 ;;
	--host) HOST=1; shift ;;
	-o) OUT=$2; shift 2 ;;
	*) die "unknown argument '$1'" ;;
	esac
done
[ -n "$BUILD" ] && [ -n "$OUT" ] || die "usage: $0 --build DIR (--kernel V | --host) -o FILE"
[ -n "$KERNEL" ] || [ -n "$HOST" ] || die "--kernel V or --host is needed"
PROBER=$BUILD/lib/bpfcc/bpfcc-helperprobe-static
[ -x "$PROBER" ] || die "$PROBER not built (target bpfcc-helperprobe-static)"

tmp=$(mktemp "$(dirname -- "$OUT")/.probe.XXXXXX") || die "cannot write beside $OUT"
trap 'rm -f -- "$tmp"' EXIT
{
	if [ -n "$HOST" ]; then
		v=$(uname -r | sed -E 's/^([0-9]+\.[0-9]+).*/\1/')
		echo "version=$v"
		echo "how=on the build host"
	else
		echo "version=$KERNEL"
		echo "how=bpfcc-vmtest --kernel $KERNEL (qemu TCG, Debian's cloud kernel)"
	fi
	echo "date=$(date -u +%Y-%m-%d)"
	if [ -n "$HOST" ]; then
		"$PROBER"
	else
		"$BUILD/bin/bpfcc-vmtest" --kernel "$KERNEL" --timeout 900 --exec "$PROBER"
	fi
} >"$tmp" || die "the prober failed (partial output not kept)"
grep -q '^done$' "$tmp" || die "the prober did not finish"
mv -f -- "$tmp" "$OUT"
trap - EXIT
