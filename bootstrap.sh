#!/usr/bin/env bash
# Set up bpfcc on a Debian 12 machine and show it working.
#
#   ./bootstrap.sh demo   install what is missing, build, compile
#                         examples/hello with bpfcc and load it into the
#                         running kernel
#   ./bootstrap.sh test   install what is missing, build, run the whole
#                         lit suite (cmake --build build --target check)
#
# Environment: BPFCC_BUILD_DIR (default: build), CMAKE_BUILD_PARALLEL_LEVEL
# (build jobs), BPFCC_SKIP_APT=1 (do not touch packages), BPFCC_WERROR=ON|OFF
# (warnings in bpfcc's code fail the build; default ON when CI=true).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
build=${BPFCC_BUILD_DIR:-build}

# Debian 12 packages bpfcc builds, tests and runs with. build-essential: the
# host C/C++ compiler for the driver and plugin and the static loader;
# golang-go and golang-github-cilium-ebpf-dev: the cilium/ebpf loader.
packages=(
    build-essential clang-19 llvm-19-dev libclang-19-dev llvm-19-tools
    libclang-rt-19-dev libbpf-dev libelf-dev zlib1g-dev bpftool cmake
    ninja-build pkg-config python3 qemu-system-x86 busybox-static cpio lz4
    xz-utils linux-source-6.1 make ccache distcc bear
    golang-go golang-github-cilium-ebpf-dev
)
# bpfcc-vmtest --arch arm64 / riscv64 (docs/kernels.md): qemu for those
# machines, and what the static loaders for their VMs are built with: the
# arm64 cross compiler and arm64 libbpf/libelf/zlib (multiarch, needs
# `dpkg --add-architecture arm64`), the riscv64 cross glibc and clang-19's
# lld (riscv64's libbpf comes from Debian 13, via bpfcc-vmtest --fetch).
packages+=(
    qemu-system-arm qemu-system-misc gcc-aarch64-linux-gnu libbpf-dev:arm64
    libelf-dev:arm64 zlib1g-dev:arm64 gcc-riscv64-linux-gnu lld-19
)

say() { printf '==> %s\n' "$*"; }
die() { printf 'bootstrap.sh: error: %s\n' "$*" >&2; exit 1; }

# Print a command, then run it.
run() {
    printf '$ %s\n' "$*"
    "$@"
}

# Run a command as root: directly when we are root, else through sudo.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        run "$@"
    elif command -v sudo >/dev/null; then
        run sudo "$@"
    else
        die "not root and no sudo: cannot run '$*'"
    fi
}

missing_packages() {
    local p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q ' installed$' || echo "$p"
    done
}

install_packages() {
    if [ "${BPFCC_SKIP_APT:-}" = 1 ]; then
        say "BPFCC_SKIP_APT=1: not checking packages"
        return
    fi
    command -v dpkg-query >/dev/null || die "not a Debian system (no dpkg-query)"
    local missing
    mapfile -t missing < <(missing_packages)
    if [ ${#missing[@]} -eq 0 ]; then
        say "all ${#packages[@]} required packages are installed"
        return
    fi
    say "installing ${#missing[@]} missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if printf '%s\n' "${missing[@]}" | grep -q ':arm64$' &&
            ! dpkg --print-foreign-architectures | grep -qx arm64; then
        as_root dpkg --add-architecture arm64
    fi
    as_root apt-get update -q
    as_root apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
}

build_bpfcc() {
    say "configuring and building bpfcc in $build/"
    # In CI (CI=true) a warning in bpfcc's own code fails the build
    # (docs/build-systems.md, "Building bpfcc"); BPFCC_WERROR=ON|OFF overrides.
    local werror=OFF
    if [ "${CI:-}" = true ]; then
        werror=ON
    fi
    run cmake -B "$build" -G Ninja -DBPFCC_WERROR="${BPFCC_WERROR:-$werror}"
    run cmake --build "$build"
}

# bpffs is where loaders pin; some kernels do not mount it by default.
ensure_bpffs() {
    if ! mountpoint -q /sys/fs/bpf 2>/dev/null; then
        as_root mount -t bpf bpffs /sys/fs/bpf || true
    fi
}

demo() {
    local out="$PWD/$build/examples/hello"
    mkdir -p "$out"
    say "compiling examples/hello/hello.bpf.c with bpfcc (make CLANG=bpfcc)"
    run make -C examples/hello --no-print-directory CLANG="$PWD/$build/bin/bpfcc" OUTPUT="$out/"
    say "its programs, from the object's .BTF.ext func_info (bpfcc-dump)"
    run "$build/bin/bpfcc-dump" --func-info "$out/hello.bpf.o"
    say "loading it into the running kernel ($(uname -r))"
    ensure_bpffs
    [ -x "$build/bin/bpfcc-load" ] || die "$build/bin/bpfcc-load was not built"
    as_root "$build/bin/bpfcc-load" "$out/hello.bpf.o"
    say "done: hello.bpf.o, compiled by bpfcc, loads and verifies on $(uname -r)"
}

# The VM tests boot Debian's 5.10 (Debian 11, through bpfcc-vmtest's private
# apt configuration), 6.1 and 6.12 kernels: download them before the
# suite runs, so that a network problem shows up here with its reason, not as
# a probe failure in the middle of the tests.
fetch_vm_kernels() {
    if [ ! -x "$build/bin/bpfcc-vmtest" ]; then
        say "no $build/bin/bpfcc-vmtest: the VM tests will be unsupported"
        return
    fi
    run "$build/bin/bpfcc-vmtest" --fetch ||
        say "warning: fetching the VM kernels failed: the VM tests will be unsupported"
}

# bpfcc-vmtest --arch arm64 and riscv64 (issue 19): their kernels, busybox
# and, for riscv64, Debian 13's libbpf/libelf/zlib/zstd that its static
# loader links. Before the build, which looks for those libraries; the
# source tree's driver/tools/vmtest.sh is the program the build installs.
fetch_arch_vms() {
    local arch
    for arch in arm64 riscv64; do
        run driver/tools/vmtest.sh --arch "$arch" --fetch ||
            say "warning: fetching the $arch VM failed: its VM tests will be unsupported"
    done
}

run_tests() {
    say "running the test suite (cmake --build $build --target check)"
    run cmake --build "$build" --target check
}

# Run one phase and say how long it took (.ci/run collects these lines). Not
# "cmd || ...": that would switch off errexit inside the phase; a failing
# phase is reported by the EXIT trap instead.
current_phase=
phase_start=0
phase() {
    current_phase=$1
    phase_start=$SECONDS
    shift
    "$@"
    say "phase $current_phase: $((SECONDS - phase_start)) s"
    current_phase=
}

report_failed_phase() {
    local rc=$?
    if [ -n "$current_phase" ]; then
        say "phase $current_phase: $((SECONDS - phase_start)) s, FAILED (exit $rc)"
    fi
}
trap report_failed_phase EXIT

main() {
    case ${1:-} in
    demo | test) ;;
    *) die "usage: $0 demo|test" ;;
    esac
    phase packages install_packages
    if [ "$1" = test ]; then
        phase fetch-arch-vms fetch_arch_vms
    fi
    phase build build_bpfcc
    case $1 in
    demo) phase demo demo ;;
    test)
        phase fetch-vm-kernels fetch_vm_kernels
        phase tests run_tests
        ;;
    esac
}

main "$@"
