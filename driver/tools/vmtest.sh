#!/bin/bash
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#
# bpfcc-vmtest - load BPF objects into one of Debian's kernels under qemu.
#
#   bpfcc-vmtest [--arch A] --kernel 5.10|6.1|6.12 [--loader libbpf|cilium]
#                [--timeout S] [--log-tail N] [--btf-out FILE] [OBJ...]
#   bpfcc-vmtest [--arch A] --kernel V --probe
#   bpfcc-vmtest [--arch A] --kernel V --exec PROG [ARG...]
#   bpfcc-vmtest [--arch A] [--kernel V] --fetch
#
# The kernel is the newest linux-image-<V>.*-cloud-amd64 package in this
# machine's apt lists, fetched once with `apt-get download` into a cache;
# 5.10 (Debian 11) comes through a private apt configuration in the cache.
# --arch arm64 and riscv64 take Debian's kernel of that architecture (riscv64:
# Debian 13's, privately too) and boot it under qemu-system-aarch64 /
# -riscv64 (see arch_setup).
# The VM boots from an initramfs holding static busybox, the static
# bpfcc-load and the objects; bpfcc-load's lines come back through a second
# serial port backed by a file, its errors through a third, the console
# through the first. Output is bpfcc-load's, after a `kernel=<uname -r>`
# line. Exit status: bpfcc-load's (0 all loaded, 1 some program failed),
# or 2 with one `bpfcc-vmtest: error:` line when the VM could not say
# (no qemu, no kernel package, no boot, timeout).
#
# See docs/kernels.md.

set -u -o pipefail

readonly PROG=bpfcc-vmtest
readonly SELF_DIR=$(dirname "$(readlink -f "$0")")

# --- reporting and cleanup ----------------------------------------------

TEMPS=()
QEMU_PID=

cleanup() {
	# `timeout` forwards TERM to qemu: the VM never outlives us.
	if [ -n "$QEMU_PID" ]; then
		kill -TERM "$QEMU_PID" 2>/dev/null
		wait "$QEMU_PID" 2>/dev/null
	fi
	if [ ${#TEMPS[@]} -gt 0 ]; then
		rm -rf -- "${TEMPS[@]}"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

die() {
	echo "$PROG: error: $*" >&2
	exit 2
}

warn() {
	echo "$PROG: warning: $*" >&2
}

usage() {
	cat <<EOF
usage: $PROG [--arch A] --kernel 5.10|6.1|6.12 [--loader libbpf|cilium] [--timeout S]
              [--log-tail N] [--btf-out FILE] [OBJ...]
       $PROG [--arch A] --kernel 5.10|6.1|6.12 [--loader libbpf|cilium] --probe
       $PROG [--arch A] --kernel 5.10|6.1|6.12 --exec PROG [ARG...]
       $PROG [--arch A] [--kernel 5.10|6.1|6.12] --fetch

Boots Debian's linux-image-<VERSION>.*-cloud-amd64 under qemu (TCG) and
loads every program of every OBJ there with bpfcc-load, in one boot.
Prints a kernel=<uname -r> line, then bpfcc-load's lines.

  --arch A        x86_64 (default), arm64 (kernels 6.1, 6.12: Debian 12's
                  cloud-arm64) or riscv64 (6.12: Debian 13's riscv64)
  --kernel V      kernel version: 5.10 (Debian 11), 6.1 or 6.12 (Debian 12)
  --loader L      libbpf (default: the static bpfcc-load) or cilium (the
                  static bpfcc-load-cilium: cilium/ebpf 0.9.1, no load-time
                  BTF rewriting)
  --timeout S     kill the VM after S seconds (default $DEFAULT_TIMEOUT)
  --log-tail N    verifier log lines per failure (default 20)
  --btf-out FILE  write the kernel's BTF (read from the bzImage, no boot)
  --probe         exit 0 if qemu boots this kernel here, else say why
  --exec PROG     run the static program PROG in the VM instead of
                  bpfcc-load, with the ARGs; print its output, exit with
                  its status (e.g. bpfcc-helperprobe-static)
  --fetch         download the kernel package(s) into the cache and exit
                  (and refresh the private apt lists of Debian 11's and
                  13's kernels; for arm64 and riscv64 also that
                  architecture's busybox, and for riscv64 the libraries
                  its static loader links)

Environment: BPFCC_VMTEST_CACHE (kernel cache, default ~/.cache/bpfcc/vmtest),
BPFCC_VMTEST_KERNEL_DIR (take vmlinuz-<VERSION>.* from there, not apt),
BPFCC_VMTEST_QEMU (qemu binary), BPFCC_VMTEST_LOADER (program run in the VM,
default <bin>/../lib/bpfcc/bpfcc-load-static, or bpfcc-load-cilium;
<bin>/../lib/bpfcc/<A>/... for --arch A).
Exit status: 0 all loaded, 1 some program failed, 2 infrastructure error.
EOF
}

# --- the kernel ---------------------------------------------------------

readonly DEFAULT_TIMEOUT=300
readonly KNOWN_KERNELS="5.10 6.1 6.12"

# --- the architecture ---------------------------------------------------

# Set what differs per --arch: Debian's name of the architecture, the
# kernel packages' name suffix, the kernels --fetch takes by default, the
# qemu binary and machine, and the guest's serial ports (console, results,
# errors). x86 boots with three legacy 8250 ports; qemu's arm64 and riscv64
# "virt" machines have one UART, the console, so results and errors go
# through a PCI 16550 card with two ports (pci-serial-2x, driver
# SERIAL_8250_PCI, built into both kernels).
arch_setup() {
	case $ARCH in
	x86_64)
		DEB_ARCH=amd64
		KERNEL_SUFFIX=-cloud-amd64
		ARCH_KERNELS=$KNOWN_KERNELS
		QEMU_DEFAULT=qemu-system-x86_64 QEMU_PACKAGE=qemu-system-x86
		QEMU_MACHINE=(-accel tcg -cpu qemu64)
		TTY_CONSOLE=ttyS0 TTY_RESULTS=ttyS1 TTY_ERRORS=ttyS2
		;;
	arm64)
		# The unsigned package: the same Image without the EFI signature.
		DEB_ARCH=arm64
		KERNEL_SUFFIX=-cloud-arm64-unsigned
		ARCH_KERNELS="6.1 6.12"
		QEMU_DEFAULT=qemu-system-aarch64 QEMU_PACKAGE=qemu-system-arm
		QEMU_MACHINE=(-M virt -cpu cortex-a57 -accel tcg)
		TTY_CONSOLE=ttyAMA0 TTY_RESULTS=ttyS0 TTY_ERRORS=ttyS1
		;;
	riscv64)
		# Debian 12 has no riscv64 port: Debian 13's kernel (6.12), through
		# a private apt configuration. qemu's -M virt boots it through
		# the OpenSBI firmware qemu-system-data ships.
		DEB_ARCH=riscv64
		KERNEL_SUFFIX=-riscv64
		ARCH_KERNELS="6.12"
		QEMU_DEFAULT=qemu-system-riscv64 QEMU_PACKAGE=qemu-system-misc
		QEMU_MACHINE=(-M virt -accel tcg)
		TTY_CONSOLE=ttyS0 TTY_RESULTS=ttyS1 TTY_ERRORS=ttyS2
		;;
	*)
		die "--arch: '$ARCH' is not one of x86_64, arm64, riscv64"
		;;
	esac
	ARCH_OPT=
	[ "$ARCH" = x86_64 ] || ARCH_OPT=" --arch $ARCH"
}

# Set QEMU_PORTS to qemu's options for the results and errors ports:
# plain -serial for x86's legacy ports, a PCI card elsewhere.
qemu_result_ports() {
	if [ "$ARCH" = x86_64 ]; then
		QEMU_PORTS=(-serial "file:$WORK/results" -serial "file:$WORK/errors")
	else
		QEMU_PORTS=(-chardev "file,id=results,path=$WORK/results"
			-chardev "file,id=errors,path=$WORK/errors"
			-device pci-serial-2x,chardev1=results,chardev2=errors)
	fi
}

cache_dir() {
	if [ -n "${BPFCC_VMTEST_CACHE:-}" ]; then
		echo "$BPFCC_VMTEST_CACHE"
	elif [ -n "${HOME:-}" ]; then
		echo "$HOME/.cache/bpfcc/vmtest"
	fi
}

# Package names of Debian's cloud kernels for version $1:
# linux-image-6.1.0-56-cloud-amd64, linux-image-6.12.117+deb12-cloud-amd64
# (not the -dbg, -unsigned or meta packages).
package_regex() {
	local v=${1//./\\.}

	echo "^linux-image-$v\.[0-9]+([-+][0-9a-z.+]+)?$KERNEL_SUFFIX\$"
}

# --- Debian 11's and 13's kernels: a private apt configuration ----------

# Debian suites to take kernel $1 of $ARCH from when this machine's own
# release does not ship it (Debian 12 has 6.1 and 6.12, for x86 and arm64;
# no riscv64 port). Empty: the system's apt.
private_suites() {
	case $ARCH-$1 in
	x86_64-5.10)	echo "bullseye bullseye-security" ;;
	riscv64-*)	echo "trixie trixie-updates trixie-security" ;;
	esac
}

# URIs of the Debian archives this machine's apt uses, one a line, from
# sources.list (one-line style) and sources.list.d (*.list and deb822
# *.sources). Only those ending in /debian or /debian-security.
system_debian_uris() {
	local f

	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[ -r "$f" ] || continue
		sed -n 's/^[[:space:]]*deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]*\).*/\2/p' "$f"
	done
	for f in /etc/apt/sources.list.d/*.sources; do
		[ -r "$f" ] || continue
		sed -n 's/^URIs:[[:space:]]*//p' "$f" | tr ' \t' '\n\n'
	done | grep -E '^[a-z+]+://[^/]+/(.*/)?debian(-security)?/?$' | sed 's:/$::'
}

# Write a sources.list for suites $2... into file $1: the archive and the
# security archive of the Debian mirror this machine uses (its host is
# read from the system's sources at run time, never hard-coded).
write_private_sources() {
	local out=$1 uris archive security suite uri
	shift

	uris=$(system_debian_uris)
	archive=$(grep -E '/debian$' <<<"$uris" | head -n 1)
	security=$(grep -E '/debian-security$' <<<"$uris" | head -n 1)
	if [ -z "$archive" ] && [ -z "$security" ]; then
		echo "no Debian archive in /etc/apt/sources.list*: cannot tell which mirror to fetch Debian's $* from" >&2
		return 1
	fi
	# The security archive lives beside the archive on Debian's mirrors.
	[ -n "$archive" ] || archive=${security%-security}
	[ -n "$security" ] || security=$archive-security
	for suite in "$@"; do
		case $suite in
		*-security)	uri=$security ;;
		*)		uri=$archive ;;
		esac
		echo "deb [arch=$DEB_ARCH signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $suite main"
	done >"$out"
}

# Set APT_OPTS (and APT_LISTS, APT_PKGCACHE) for kernel version $1: the
# system's apt, or for a version from another Debian release a private
# configuration under $CACHE/apt-<suite> whose lists are fetched on the
# first use and refreshed by --fetch. The system's sources, lists and
# caches are never touched.
setup_apt() {
	local dir suites

	APT_OPTS=()
	APT_LISTS=/var/lib/apt/lists
	APT_PKGCACHE=/var/cache/apt/pkgcache.bin
	suites=$(private_suites "$1")
	[ -n "$suites" ] || return 0
	dir=$CACHE/apt-${suites%% *}
	[ "$ARCH" = x86_64 ] || dir=$dir-$DEB_ARCH
	APT_LISTS=$dir/lists
	APT_PKGCACHE=$dir/cache/pkgcache.bin
	# APT::Architectures: the packages of another architecture are listed
	# only when it is one apt knows.
	APT_OPTS=(-o "Dir::Etc::sourcelist=$dir/sources.list"
		-o Dir::Etc::sourceparts=/dev/null
		-o "Dir::State::lists=$dir/lists"
		-o "Dir::Cache=$dir/cache"
		-o Acquire::Languages=none
		-o APT::Sandbox::User=root
		-o "APT::Architecture=$DEB_ARCH"
		-o "APT::Architectures=$DEB_ARCH")
	command -v apt-get >/dev/null || return 0
	if [ "$MODE" != fetch ] && ls "$dir"/lists/*_Packages* >/dev/null 2>&1; then
		return 0
	fi
	# Once per run: --fetch of riscv64 comes here for the kernel, busybox
	# and the loader's libraries.
	[ "${APT_UPDATED:-}" = "$dir" ] && return 0
	update_private_apt "$dir" $suites 2>"$WORK/apt.err" ||
		warn "cannot update the apt lists for Debian's $suites: $(tail -n 1 "$WORK/apt.err")"
	APT_UPDATED=$dir
}

# apt-get update of the private configuration in $1 for suites $2...;
# flock keeps concurrent runs (lit, other users of the cache) apart.
update_private_apt() {
	local dir=$1 log
	shift

	mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial" || return 1
	write_private_sources "$dir/sources.list.$$" "$@" &&
		mv -f "$dir/sources.list.$$" "$dir/sources.list" || return 1
	log=$WORK/apt-update.log
	if ! flock -w 600 "$dir/lock" apt-get "${APT_OPTS[@]}" -q update >"$log" 2>&1; then
		echo "apt-get update failed: $(grep -E '^(E|W):' "$log" | tail -n 1)" >&2
		return 1
	fi
}

newest_package_in_apt() {
	local memo=$CACHE/newest-$1 pkg

	[ "$ARCH" = x86_64 ] || memo=$CACHE/newest-$ARCH-$1
	command -v apt-cache >/dev/null || return 0
	# apt-cache takes a second or more on a busy machine and lit probes on
	# every run: remember the answer until the apt lists change.
	if [ -s "$memo" ] && [ "$memo" -nt "$APT_LISTS" ] &&
	   [ "$memo" -nt "$APT_PKGCACHE" ]; then
		cat "$memo"
		return 0
	fi
	pkg=$(apt-cache "${APT_OPTS[@]}" pkgnames "linux-image-$1" 2>/dev/null |
		grep -E "$(package_regex "$1")" | sort -V | tail -n 1)
	if [ -n "$pkg" ] && mkdir -p "$CACHE" 2>/dev/null; then
		printf '%s\n' "$pkg" >"$memo.$$" && mv -f "$memo.$$" "$memo"
	fi
	echo "$pkg"
}

newest_package_in_cache() {
	[ -d "$CACHE" ] || return 0
	ls -1 "$CACHE" | grep -E "$(package_regex "$1")" | sort -V |
		while read -r p; do
			[ -f "$CACHE/$p/vmlinuz" ] && echo "$p"
		done | tail -n 1
}

# Download package $1 and keep only its vmlinuz (riscv64's is named
# vmlinux, an uncompressed Image all the same) and release name, in
# $CACHE/$1. Concurrent fetches each work in their own directory; the
# first rename wins. Returns non-zero with the reason on stderr.
fetch_package() {
	local pkg=$1 tmp vmlinuz

	[ -f "$CACHE/$pkg/vmlinuz" ] && return 0
	command -v apt-get >/dev/null || { echo "apt-get not found" >&2; return 1; }
	mkdir -p "$CACHE" || return 1
	tmp=$(mktemp -d "$CACHE/.fetch.XXXXXX") || return 1
	TEMPS+=("$tmp")
	if ! (cd "$tmp" && apt-get "${APT_OPTS[@]}" download "$pkg") >"$tmp/apt.log" 2>&1; then
		echo "apt-get download $pkg failed: $(grep -E '^(E|W):' "$tmp/apt.log" | tail -n 1)" >&2
		return 1
	fi
	if ! dpkg-deb --fsys-tarfile "$tmp"/*.deb |
			tar -x -C "$tmp" --wildcards './boot/vmlinu[xz]-*'; then
		echo "cannot extract boot/vmlinuz-* from $pkg" >&2
		return 1
	fi
	mkdir "$tmp/kernel"
	vmlinuz=$(ls "$tmp"/boot/vmlinu[xz]-* | head -n 1)
	mv "$vmlinuz" "$tmp/kernel/vmlinuz"
	basename "$vmlinuz" | sed 's/^vmlinu[xz]-//' >"$tmp/kernel/release"
	mv -T "$tmp/kernel" "$CACHE/$pkg" 2>/dev/null || [ -f "$CACHE/$pkg/vmlinuz" ]
}

# Set KERNEL_IMAGE, KERNEL_RELEASE and KERNEL_STATE (a directory for what
# we learn about this kernel: BTF, boot stamp) for version $1.
find_kernel() {
	local ver=$1 pkg cached f

	if [ -n "${BPFCC_VMTEST_KERNEL_DIR:-}" ]; then
		f=$(ls -1 "$BPFCC_VMTEST_KERNEL_DIR" 2>/dev/null |
			grep -E "^vmlinuz-${ver//./\\.}\.[0-9]" | sort -V | tail -n 1)
		[ -n "$f" ] || die "no vmlinuz-$ver.* in \$BPFCC_VMTEST_KERNEL_DIR ($BPFCC_VMTEST_KERNEL_DIR)"
		KERNEL_IMAGE=$BPFCC_VMTEST_KERNEL_DIR/$f
		KERNEL_RELEASE=${f#vmlinuz-}
		KERNEL_STATE=$CACHE/dir-$KERNEL_RELEASE
		mkdir -p "$KERNEL_STATE" || die "cannot create $KERNEL_STATE"
		return
	fi

	setup_apt "$ver"
	pkg=$(newest_package_in_apt "$ver")
	cached=$(newest_package_in_cache "$ver")
	if [ -z "$pkg" ] && [ -z "$cached" ]; then
		command -v apt-cache >/dev/null ||
			die "apt-cache not found: kernels come from Debian's packages (or set BPFCC_VMTEST_KERNEL_DIR)"
		if [ -n "$(private_suites "$ver")" ]; then
			die "no Debian package linux-image-$ver.*$KERNEL_SUFFIX in the apt lists of Debian's $(private_suites "$ver") (run '$PROG${ARCH_OPT} --fetch') and none cached in $CACHE"
		fi
		die "no Debian package linux-image-$ver.*$KERNEL_SUFFIX in the apt lists (run 'apt-get update'$([ "$ARCH" = arm64 ] && echo " after 'dpkg --add-architecture arm64'")) and none cached in $CACHE"
	fi
	if [ -n "$pkg" ] && ! fetch_package "$pkg" 2>"$WORK/fetch.err"; then
		[ -n "$cached" ] ||
			die "cannot fetch kernel $pkg: $(tail -n 1 "$WORK/fetch.err")"
		warn "cannot fetch $pkg ($(tail -n 1 "$WORK/fetch.err")); using cached $cached"
		pkg=$cached
	fi
	pkg=${pkg:-$cached}
	KERNEL_IMAGE=$CACHE/$pkg/vmlinuz
	KERNEL_RELEASE=$(cat "$CACHE/$pkg/release")
	KERNEL_STATE=$CACHE/$pkg
}

# --- BTF from the bzImage, without booting ------------------------------

# The x86 boot header says where the compressed vmlinux is: setup_sects
# at 0x1f1 (512-byte sectors after the boot sector), payload_offset and
# payload_length at 0x248 (boot protocol 2.08+), relative to the end of
# the setup code. The payload ends with a 4-byte decompressed size.
decompress_payload() {
	local image=$1 out=$2 sects off len start magic
	local -a decompress

	sects=$(od -An -tu1 -j $((0x1f1)) -N1 "$image" | tr -d ' ')
	read -r off len < <(od -An -tu4 -j $((0x248)) -N8 "$image")
	[ -n "$sects" ] && [ -n "$len" ] && [ "$len" -gt 4 ] || return 1
	[ "$sects" -eq 0 ] && sects=4
	start=$(( (sects + 1) * 512 + off ))
	magic=$(od -An -tx1 -j "$start" -N4 "$image" | tr -d ' ')
	case $magic in
	02214c18)	decompress=(lz4 -dc) ;;
	28b52ffd)	decompress=(zstd -dcq) ;;
	1f8b*)		decompress=(gzip -dc) ;;
	fd377a58)	decompress=(xz -dc) ;;
	425a68*)	decompress=(bzip2 -dc) ;;
	5d00*)		decompress=(xz --format=lzma -dc) ;;
	*)		echo "unknown kernel compression (magic $magic)" >&2; return 1 ;;
	esac
	command -v "${decompress[0]}" >/dev/null || {
		echo "${decompress[0]} is needed to read the kernel image" >&2
		return 1
	}
	# tail dies of SIGPIPE when head has read enough: not an error.
	{ tail -c +$((start + 1)) "$image" || true; } | head -c $((len - 4)) |
		"${decompress[@]}" >"$out"
}

objcopy_tool() {
	local t

	for t in llvm-objcopy /usr/lib/llvm-19/bin/llvm-objcopy objcopy; do
		command -v "$t" >/dev/null && { echo "$t"; return; }
	done
}

# arm64's and riscv64's Image is the kernel uncompressed, with its .BTF
# section inside but no ELF section table: find the raw BTF blob, a 24-byte
# header (magic 0xeB9F, version 1, flags 0, hdr_len 24, type_off 0,
# type_len, str_off, str_len) followed by the types and the strings. A hit
# counts when the strings follow the types, start with a NUL and end
# inside the file; the largest such blob is vmlinux's. Writes it to $2.
btf_from_image() {
	local image=$1 out=$2 size off tlen soff slen total best=-1 best_len=0

	size=$(stat -L -c %s "$image") || return 1
	while IFS=: read -r off _; do
		read -r tlen soff slen < <(od -An -tu4 -j $((off + 12)) -N12 "$image")
		[ -n "$slen" ] && [ "$soff" = "$tlen" ] || continue
		total=$((24 + soff + slen))
		[ "$total" -le $((size - off)) ] && [ "$total" -gt "$best_len" ] || continue
		[ "$(od -An -tx1 -j $((off + 24 + soff)) -N1 "$image" | tr -d ' ')" = 00 ] || continue
		best=$off best_len=$total
	done < <(LC_ALL=C grep -obUaP '\x9f\xeb\x01\x00\x18\x00\x00\x00\x00\x00\x00\x00' "$image")
	[ "$best" -ge 0 ] || { echo "no BTF blob in the Image" >&2; return 1; }
	{ tail -c +$((best + 1)) "$image" || true; } | head -c "$best_len" >"$out"
}

# Write the kernel's .BTF section (the bytes of its /sys/kernel/btf/vmlinux)
# to $KERNEL_STATE/btf once; later calls reuse it.
extract_btf() {
	local tmp objcopy

	[ -s "$KERNEL_STATE/btf" ] && return 0
	if [ "$ARCH" != x86_64 ]; then
		tmp=$(mktemp -d "$KERNEL_STATE/.btf.XXXXXX") || die "cannot write in $KERNEL_STATE"
		TEMPS+=("$tmp")
		btf_from_image "$KERNEL_IMAGE" "$tmp/btf" 2>"$tmp/err" ||
			die "cannot read the BTF of $KERNEL_IMAGE: $(tail -n 1 "$tmp/err")"
		mv -f "$tmp/btf" "$KERNEL_STATE/btf"
		return 0
	fi
	objcopy=$(objcopy_tool)
	[ -n "$objcopy" ] || die "llvm-objcopy or objcopy is needed to read the kernel's BTF"
	tmp=$(mktemp -d "$KERNEL_STATE/.btf.XXXXXX") || die "cannot write in $KERNEL_STATE"
	TEMPS+=("$tmp")
	decompress_payload "$KERNEL_IMAGE" "$tmp/vmlinux" 2>"$tmp/err" ||
		die "cannot decompress $KERNEL_IMAGE: $(tail -n 1 "$tmp/err")"
	"$objcopy" --dump-section .BTF="$tmp/btf" "$tmp/vmlinux" "$tmp/stripped" 2>"$tmp/err" &&
		[ -s "$tmp/btf" ] ||
		die "no .BTF section in the vmlinux of $KERNEL_IMAGE: $(tail -n 1 "$tmp/err")"
	mv -f "$tmp/btf" "$KERNEL_STATE/btf"
}

# Copy the BTF to $1 through a temporary file beside it: never a partial file.
write_btf() {
	local out=$1 tmp

	extract_btf
	tmp=$(mktemp "$(dirname -- "$out")/.btf.XXXXXX" 2>/dev/null) ||
		die "$out: cannot write here"
	TEMPS+=("$tmp")
	cp "$KERNEL_STATE/btf" "$tmp" && chmod 644 "$tmp" && mv -f "$tmp" "$out" ||
		die "$out: cannot write the BTF"
}

# --- the VM -------------------------------------------------------------

find_tools() {
	local dir=$SELF_DIR/../lib/bpfcc why

	QEMU=$(command -v "${BPFCC_VMTEST_QEMU:-$QEMU_DEFAULT}") ||
		die "${BPFCC_VMTEST_QEMU:-$QEMU_DEFAULT} not found (apt-get install $QEMU_PACKAGE)"
	find_busybox
	command -v cpio >/dev/null || die "cpio not found (apt-get install cpio)"
	[ "$ARCH" = x86_64 ] || dir=$dir/$ARCH
	case $LOADER_NAME in
	cilium)	LOADER=$dir/bpfcc-load-cilium
		why="build target bpfcc-load-cilium, built for x86_64 when golang-go and golang-github-cilium-ebpf-dev are installed" ;;
	*)	LOADER=$dir/bpfcc-load-static
		why="build target bpfcc-load-static${ARCH#x86_64}; docs/kernels.md" ;;
	esac
	LOADER=${BPFCC_VMTEST_LOADER:-$LOADER}
	if [ -n "$EXEC" ]; then
		LOADER=$EXEC
		[ -f "$LOADER" ] && [ -x "$LOADER" ] || die "--exec: $EXEC is not an executable file"
	fi
	[ -x "$LOADER" ] || die "static loader not found at $LOADER ($why)"
}

# Set BUSYBOX: the build machine's static busybox for x86, else the one
# --fetch took from Debian's busybox-static of that architecture.
find_busybox() {
	local f

	BUSYBOX=
	if [ "$ARCH" != x86_64 ]; then
		BUSYBOX=$CACHE/busybox-$ARCH/busybox
		[ -x "$BUSYBOX" ] || fetch_busybox 2>"$WORK/busybox.err" ||
			die "no static busybox for $ARCH: $(tail -n 1 "$WORK/busybox.err")"
		return
	fi
	for f in /bin/busybox /usr/bin/busybox; do
		if [ -x "$f" ] && ! LC_ALL=C readelf -l "$f" 2>/dev/null | grep -q INTERP; then
			BUSYBOX=$f
			break
		fi
	done
	[ -n "$BUSYBOX" ] || die "no static busybox (apt-get install busybox-static)"
}

# riscv64's static loader links Debian 13's libbpf, libelf, zlib and zstd
# (Debian 12 has no riscv64 port): unpack their -dev packages into
# $CACHE/sysroot-riscv64, where the build (driver/tools/cross/) finds them.
readonly SYSROOT_PACKAGES="libbpf-dev libelf-dev zlib1g-dev libzstd-dev"

fetch_sysroot() {
	local dest=$CACHE/sysroot-$ARCH tmp p

	[ -f "$dest/packages" ] && return 0
	setup_apt "${KERNEL:-${ARCH_KERNELS%% *}}"
	mkdir -p "$CACHE" || return 1
	tmp=$(mktemp -d "$CACHE/.fetch.XXXXXX") || return 1
	TEMPS+=("$tmp")
	mkdir "$tmp/debs" "$tmp/root"
	for p in $SYSROOT_PACKAGES; do
		if ! (cd "$tmp/debs" && apt-get "${APT_OPTS[@]}" download "$p:$DEB_ARCH") >"$tmp/apt.log" 2>&1; then
			echo "apt-get download $p:$DEB_ARCH failed: $(grep -E '^(E|W):' "$tmp/apt.log" | tail -n 1)" >&2
			return 1
		fi
	done
	for p in "$tmp"/debs/*.deb; do
		dpkg-deb -x "$p" "$tmp/root" || { echo "cannot unpack $p" >&2; return 1; }
		dpkg-deb -W --showformat='${Package} ${Version}\n' "$p" >>"$tmp/root/packages"
	done
	mv -T "$tmp/root" "$dest" 2>/dev/null || [ -f "$dest/packages" ]
}

# Download busybox-static of $ARCH and keep its busybox in
# $CACHE/busybox-$ARCH/ (the same way as fetch_package).
fetch_busybox() {
	local tmp bin

	[ -x "$CACHE/busybox-$ARCH/busybox" ] && return 0
	setup_apt "${KERNEL:-${ARCH_KERNELS%% *}}"
	mkdir -p "$CACHE" || return 1
	tmp=$(mktemp -d "$CACHE/.fetch.XXXXXX") || return 1
	TEMPS+=("$tmp")
	if ! (cd "$tmp" && apt-get "${APT_OPTS[@]}" download "busybox-static:$DEB_ARCH") >"$tmp/apt.log" 2>&1; then
		echo "apt-get download busybox-static:$DEB_ARCH failed: $(grep -E '^(E|W):' "$tmp/apt.log" | tail -n 1)" >&2
		return 1
	fi
	dpkg-deb -x "$tmp"/*.deb "$tmp/x" || { echo "cannot unpack busybox-static:$DEB_ARCH" >&2; return 1; }
	bin=$(find "$tmp/x" -path '*/bin/busybox' -type f | head -n 1)
	[ -n "$bin" ] && [ -x "$bin" ] ||
		{ echo "no bin/busybox in busybox-static:$DEB_ARCH" >&2; return 1; }
	mkdir "$tmp/bb" && mv "$bin" "$tmp/bb/busybox" &&
		{ mv -T "$tmp/bb" "$CACHE/busybox-$ARCH" 2>/dev/null || [ -x "$CACHE/busybox-$ARCH/busybox" ]; }
}

# Quote $1 for the guest's shell.
shquote() {
	printf "'%s'" "${1//\'/\'\\\'\'}"
}

# The guest's /init: mount what libbpf reads, run bpfcc-load with $@,
# report through the extra serial ports, power off.
write_init() {
	local args="" a

	for a in "$@"; do
		args+=" $(shquote "$a")"
	done
	cat <<EOF
#!/bin/busybox sh
# Generated by bpfcc-vmtest.
bb=/bin/busybox
\$bb mount -t devtmpfs dev /dev
\$bb mount -t proc proc /proc
\$bb mount -t sysfs sys /sys
\$bb stty -F /dev/$TTY_RESULTS raw -echo
\$bb stty -F /dev/$TTY_ERRORS raw -echo
exec >/dev/$TTY_RESULTS 2>/dev/$TTY_ERRORS
echo "kernel=\$(\$bb uname -r)"
cd /objs && /bin/bpfcc-load$args
echo "bpfcc-vmtest-status=\$?"
\$bb sync
\$bb poweroff -f
EOF
}

# Build $WORK/initramfs.cpio: busybox, the loader, the objects as
# objs/<i>/<name>, and an /init running bpfcc-load with $@.
build_initramfs() {
	local root=$WORK/root

	mkdir -p "$root"/{bin,dev,proc,sys,tmp} || die "cannot write in $WORK"
	cp "$BUSYBOX" "$root/bin/busybox" && cp "$LOADER" "$root/bin/bpfcc-load" ||
		die "cannot copy busybox or the loader into the initramfs"
	mkdir -p "$root/objs"
	for i in "${!OBJECTS[@]}"; do
		mkdir -p "$root/objs/$((i + 1))"
		cp -- "${OBJECTS[$i]}" "$root/objs/$((i + 1))/" ||
			die "${OBJECTS[$i]}: cannot read"
	done
	write_init "$@" >"$root/init" && chmod 755 "$root/init" ||
		die "cannot write the initramfs's /init"
	(cd "$root" && find . | cpio -o -H newc -R 0:0 --quiet) >"$WORK/initramfs.cpio" ||
		die "cpio failed to build the initramfs"
}

# Boot the VM; its outputs land in $WORK/{console,results,errors}.
# Returns the exit status of timeout(1): 124 when the VM was killed.
boot_vm() {
	local rc

	: >"$WORK/console"; : >"$WORK/results"; : >"$WORK/errors"
	qemu_result_ports
	timeout -k 5 "$TIMEOUT" "$QEMU" \
		"${QEMU_MACHINE[@]}" -m 1024 -smp 1 \
		-nodefaults -display none -no-reboot \
		-kernel "$KERNEL_IMAGE" -initrd "$WORK/initramfs.cpio" \
		-append "console=$TTY_CONSOLE quiet panic=-1 mitigations=off lsm=capability,bpf" \
		-serial "file:$WORK/console" \
		"${QEMU_PORTS[@]}" \
		</dev/null >"$WORK/qemu.log" 2>&1 &
	QEMU_PID=$!
	wait "$QEMU_PID"
	rc=$?
	QEMU_PID=
	return $rc
}

# Explain a VM that did not report a status; exits 2.
vm_failed() {
	local rc=$1 why

	if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		why="timed out after ${TIMEOUT}s"
	elif ! grep -q '^kernel=' "$WORK/results.txt"; then
		why="did not boot"
	else
		why="stopped before bpfcc-load finished"
	fi
	local last
	last=$(tr -d '\r' <"$WORK/console" | grep -v '^\s*$' | tail -n 1)
	[ -n "$last" ] || last=$(grep -v -e '^\s*$' -e 'terminating on signal' \
		"$WORK/qemu.log" | tail -n 1)
	die "VM with kernel $KERNEL_RELEASE $why${last:+ (last output: $last)}"
}

# Print the guest's lines with objs/<i>/<name> turned back into the paths
# given on the command line.
print_results() {
	awk -v map="$WORK/objects" '
		BEGIN { while ((getline line < map) > 0) orig[++n] = line }
		/^bpfcc-vmtest-status=/ { next }
		match($0, /^bpfcc-load: error: [0-9]+\//) {
			i = substr($0, 20, RLENGTH - 20) + 0
			rest = substr($0, RLENGTH + 1)
			p = index(rest, ": ")
			if ((i in orig) && p) {
				print "bpfcc-load: error: " orig[i] substr(rest, p)
				next
			}
		}
		match($0, /^object file=[0-9]+\//) {
			i = substr($0, 13, RLENGTH - 13) + 0
			p = match($0, / progs=[0-9]+$/)
			if ((i in orig) && p) {
				print "object file=" orig[i] substr($0, p)
				next
			}
		}
		{ print }
	' "$1"
}

# --- commands -----------------------------------------------------------

cmd_fetch() {
	local v

	for v in ${KERNEL:-$ARCH_KERNELS}; do
		find_kernel "$v"
		echo "kernel $v: $KERNEL_RELEASE ($KERNEL_IMAGE)"
	done
	if [ "$ARCH" != x86_64 ]; then
		find_busybox
		echo "busybox $ARCH: $BUSYBOX"
	fi
	if [ "$ARCH" = riscv64 ]; then
		fetch_sysroot 2>"$WORK/sysroot.err" ||
			die "cannot fetch the riscv64 loader's libraries: $(tail -n 1 "$WORK/sysroot.err")"
		echo "loader libraries $ARCH: $CACHE/sysroot-$ARCH ($(paste -sd, "$CACHE/sysroot-$ARCH/packages" | sed 's/,/, /g'))"
	fi
}

# qemu and the kernel are usable if the VM boots and bpfcc-load --probe
# passes inside. That takes seconds, and lit probes on every run, so
# success is remembered per kernel, qemu and loader.
cmd_probe() {
	local stamp rc

	find_tools
	find_kernel "$KERNEL"
	stamp="$($QEMU --version | head -n 1); $(cksum <"$LOADER")"
	if [ "$(cat "$KERNEL_STATE/boots" 2>/dev/null)" = "$stamp" ]; then
		echo "kernel $KERNEL_RELEASE boots under qemu here"
		return 0
	fi
	build_initramfs --probe
	TIMEOUT=${TIMEOUT:-120}
	boot_vm
	rc=$?
	tr -d '\r' <"$WORK/results" >"$WORK/results.txt"
	grep -q '^bpfcc-vmtest-status=0$' "$WORK/results.txt" || vm_failed "$rc"
	printf '%s\n' "$stamp" >"$KERNEL_STATE/boots.$$" &&
		mv -f "$KERNEL_STATE/boots.$$" "$KERNEL_STATE/boots"
	echo "kernel $KERNEL_RELEASE boots under qemu here"
}

cmd_run() {
	local rc status

	# Tools first: a missing qemu is reported before any download.
	[ ${#OBJECTS[@]} -gt 0 ] && find_tools
	find_kernel "$KERNEL"
	[ -n "$BTF_OUT" ] && write_btf "$BTF_OUT"
	[ ${#OBJECTS[@]} -gt 0 ] || return 0

	local -a args=(--log-tail "$LOG_TAIL")
	: >"$WORK/objects"
	for i in "${!OBJECTS[@]}"; do
		printf '%s\n' "${OBJECTS[$i]}" >>"$WORK/objects"
		args+=("$((i + 1))/$(basename -- "${OBJECTS[$i]}")")
	done
	build_initramfs "${args[@]}"
	TIMEOUT=${TIMEOUT:-$DEFAULT_TIMEOUT}
	boot_vm
	rc=$?
	tr -d '\r' <"$WORK/results" >"$WORK/results.txt"
	print_results "$WORK/results.txt"
	tr -d '\r' <"$WORK/errors" | print_results /dev/stdin >&2
	status=$(sed -n 's/^bpfcc-vmtest-status=\([0-9]*\)$/\1/p' "$WORK/results.txt")
	[ -n "$status" ] || vm_failed "$rc"
	return "$status"
}

# --exec: the static program $EXEC runs where bpfcc-load would, with the
# positional arguments; its stdout, stderr and status come back the same way.
cmd_exec() {
	local rc status

	find_tools
	find_kernel "$KERNEL"
	local -a args=("${OBJECTS[@]}")
	OBJECTS=()
	: >"$WORK/objects"
	build_initramfs "${args[@]}"
	TIMEOUT=${TIMEOUT:-$DEFAULT_TIMEOUT}
	boot_vm
	rc=$?
	tr -d '\r' <"$WORK/results" >"$WORK/results.txt"
	grep -v '^bpfcc-vmtest-status=' "$WORK/results.txt"
	tr -d '\r' <"$WORK/errors" >&2
	status=$(sed -n 's/^bpfcc-vmtest-status=\([0-9]*\)$/\1/p' "$WORK/results.txt")
	[ -n "$status" ] || vm_failed "$rc"
	return "$status"
}

# Objects are checked here, so a bad path is reported without a boot.
check_objects() {
	local o magic

	for o in "${OBJECTS[@]}"; do
		case $o in
		*$'\n'*) die "object paths with a newline are not supported" ;;
		esac
		[ -f "$o" ] && [ -r "$o" ] || die "$o: no such readable file"
		magic=$(od -An -tx1 -N4 -- "$o" | tr -d ' ')
		[ "$magic" = 7f454c46 ] || die "$o: not an ELF object"
	done
}

# --- main ---------------------------------------------------------------

ARCH=x86_64
KERNEL=
LOADER_NAME=libbpf
EXEC=
BTF_OUT=
TIMEOUT=
LOG_TAIL=20
MODE=run
OBJECTS=()
APT_OPTS=()

while [ $# -gt 0 ]; do
	case $1 in
	--arch|--kernel|--loader|--timeout|--log-tail|--btf-out|--exec)
		[ $# -ge 2 ] || die "$1 needs a value (see --help)"
		opt=$1 val=$2
		shift 2
		;;
	--arch=*|--kernel=*|--loader=*|--timeout=*|--log-tail=*|--btf-out=*|--exec=*)
		opt=${1%%=*} val=${1#*=}
		shift
		;;
	--probe) MODE=probe; shift; continue ;;
	--fetch) MODE=fetch; shift; continue ;;
	-h|--help) usage; exit 0 ;;
	--) shift; OBJECTS+=("$@"); break ;;
	-*) die "unknown option '$1' (see --help)" ;;
	*) OBJECTS+=("$1"); shift; continue ;;
	esac
	case $opt in
	--arch)
		ARCH=$val ;;
	--kernel)
		[[ $val =~ ^[0-9]+\.[0-9]+$ ]] ||
			die "--kernel: '$val' is not a kernel version like 5.10 or 6.12"
		KERNEL=$val ;;
	--loader)
		case $val in
		libbpf|cilium) LOADER_NAME=$val ;;
		*) die "--loader: '$val' is not a loader (libbpf or cilium)" ;;
		esac ;;
	--timeout)
		[[ $val =~ ^[1-9][0-9]*$ ]] ||
			die "--timeout: '$val' is not a number of seconds"
		TIMEOUT=$val ;;
	--log-tail)
		[[ $val =~ ^[0-9]+$ ]] || die "--log-tail: '$val' is not a line count"
		LOG_TAIL=$val ;;
	--btf-out)
		[ -n "$val" ] || die "--btf-out needs a file name"
		BTF_OUT=$val ;;
	--exec)
		MODE=exec EXEC=$val
		# The rest are PROG's arguments, options included.
		OBJECTS+=("$@")
		break ;;
	esac
done

arch_setup
CACHE=$(cache_dir)
[ -n "$CACHE" ] || die "set BPFCC_VMTEST_CACHE or HOME for the kernel cache"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bpfcc-vmtest.XXXXXX") ||
	die "cannot create a temporary directory in ${TMPDIR:-/tmp}"
TEMPS+=("$WORK")

case $MODE in
fetch)
	cmd_fetch ;;
probe)
	[ -n "$KERNEL" ] || die "--probe needs --kernel (see --help)"
	cmd_probe ;;
exec)
	[ -n "$KERNEL" ] || die "--exec needs --kernel (see --help)"
	cmd_exec ;;
run)
	[ -n "$KERNEL" ] || die "--kernel is required (see --help)"
	[ ${#OBJECTS[@]} -gt 0 ] || [ -n "$BTF_OUT" ] ||
		die "no BPF object given (see --help)"
	check_objects
	cmd_run ;;
esac
