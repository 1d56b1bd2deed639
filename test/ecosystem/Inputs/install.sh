#!/bin/sh
# install.sh OBJROOT PREFIX: install the bpfcc build in OBJROOT into PREFIX
# (a fresh directory), as CI does, quietly unless it fails.
set -e
rm -rf "$2"
if ! out=$(cmake --install "$1" --prefix "$2" 2>&1); then
	printf '%s\n' "$out" >&2
	exit 1
fi
