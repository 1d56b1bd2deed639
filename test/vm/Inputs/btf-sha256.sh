#!/bin/busybox sh
# Stands in for bpfcc-load in the VM (BPFCC_VMTEST_LOADER): prints the
# SHA-256 of the running kernel's BTF.
/bin/busybox sha256sum /sys/kernel/btf/vmlinux
