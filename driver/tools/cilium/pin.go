// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)

package main

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

const bpffs = "/sys/fs/bpf"

// pinRoot is a private directory on bpffs for maps pinned by name, made on
// first need and removed at the end (as driver/tools/load/pin.c): pins
// must neither leak between loads nor stay behind.
type pinRoot struct {
	dir string
}

// ensureBpffs mounts bpffs when a minimal system (the test VM) has not.
func ensureBpffs() error {
	var st unix.Statfs_t

	if unix.Statfs(bpffs, &st) == nil && st.Type == unix.BPF_FS_MAGIC {
		return nil
	}
	return unix.Mount("bpf", bpffs, "bpf", 0, "")
}

func (p *pinRoot) get() (string, error) {
	if p.dir != "" {
		return p.dir, nil
	}
	if err := ensureBpffs(); err != nil {
		return "", fmt.Errorf("cannot mount bpffs on %s for pinned maps: %v", bpffs, err)
	}
	// bpffs refuses names with a dot.
	dir, err := os.MkdirTemp(bpffs, "bpfcc-load-")
	if err != nil {
		return "", fmt.Errorf("cannot create a directory in %s for pinned maps: %v", bpffs, err)
	}
	p.dir = dir
	return dir, nil
}

func (p *pinRoot) remove() {
	if p.dir == "" {
		return
	}
	if err := os.Remove(p.dir); err != nil {
		fmt.Fprintf(os.Stderr, "bpfcc-load: warning: cannot remove %s: %v\n", p.dir, err)
	}
}
