// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)

package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"
)

// errnoOf is the errno the kernel returned, or for failures cilium/ebpf
// decides before any bpf() call the errno libbpf gives the same failure:
// ESRCH for a type or attach target not in the kernel's BTF, EOPNOTSUPP
// for what the kernel lacks, EINVAL for the rest (an object or kernel BTF
// it cannot parse).
func errnoOf(err error) int {
	var errno syscall.Errno

	switch {
	case errors.As(err, &errno) && errno != 0:
		return int(errno)
	case errors.Is(err, btf.ErrNotFound):
		return int(syscall.ESRCH)
	case errors.Is(err, ebpf.ErrNotSupported):
		return int(syscall.EOPNOTSUPP)
	case errors.Is(err, os.ErrNotExist):
		return int(syscall.ENOENT)
	}
	return int(syscall.EINVAL)
}

func splitLog(log string) []string {
	log = strings.TrimRight(log, "\x00\n\t ")
	if log == "" {
		return nil
	}
	return strings.Split(log, "\n")
}

func emptyLog(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			return false
		}
	}
	return true
}

// processedInsns is the verifier's last "processed N insns", or -1.
func processedInsns(log []string) int {
	insns := -1
	for _, line := range log {
		i := strings.Index(line, "processed ")
		for i >= 0 {
			rest := line[i+len("processed "):]
			end := strings.IndexByte(rest, ' ')
			if end > 0 && strings.HasPrefix(rest[end:], " insns") {
				if n, err := strconv.Atoi(rest[:end]); err == nil {
					insns = n
				}
			}
			next := strings.Index(rest, "processed ")
			if next < 0 {
				break
			}
			i += len("processed ") + next
		}
	}
	return insns
}

// printResult prints the program's line and, for a failure, the last
// tail non-empty lines of the verifier log, indented; without a log,
// cilium/ebpf's own reason (as the libbpf loader shows libbpf's).
func printResult(p *ebpf.ProgramSpec, res result, tail int) {
	insns := "-"
	if res.insns >= 0 {
		insns = strconv.Itoa(res.insns)
	}
	verdict := "ok"
	if res.errno != 0 {
		verdict = "fail"
	}
	fmt.Printf("prog name=%s section=%s type=%s result=%s errno=%d insns=%s\n",
		p.Name, p.SectionName, progTypeName(p.Type), verdict, res.errno, insns)
	if res.errno == 0 || tail <= 0 {
		return
	}
	lines := res.log
	if len(lines) == 0 && res.err != nil {
		lines = []string{"cilium/ebpf: " + res.err.Error()}
	}
	var shown []string
	for _, l := range lines {
		if strings.TrimSpace(l) != "" {
			shown = append(shown, l)
		}
	}
	if len(shown) > tail {
		shown = shown[len(shown)-tail:]
	}
	for _, l := range shown {
		fmt.Printf("  %s\n", l)
	}
}
