// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)

// bpfcc-load-cilium is bpfcc-load with cilium/ebpf (Debian's 0.9.1) as the
// loader instead of libbpf: the same arguments, the same lines, the same
// exit statuses (see driver/tools/load.c and docs/kernels.md).
//
// libbpf rewrites an object's BTF at load time to suit the running kernel
// (it drops DECL_TAG, turns FLOAT into INT, ...); cilium/ebpf 0.9.1 does
// none of that, so an object that loads with it is one that suits the
// kernel by itself. That is what `bpfcc --target-kernel` promises, so this
// loader is how the test suite checks the promise.
//
// It is built in GOPATH mode from Debian's golang-go and
// golang-github-cilium-ebpf-dev, statically (CGO_ENABLED=0), so that
// bpfcc-vmtest can put it into the VM's initramfs as it does the static
// libbpf loader.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/cilium/ebpf/rlimit"
)

const (
	exitFailed = 1
	exitUsage  = 2

	defaultLogTail = 20
)

// version is bpfcc's version, set by the build (-ldflags -X).
var version = "unknown"

func usage() {
	fmt.Printf(`usage: bpfcc-load --loader cilium [--log-tail N] OBJ...
       bpfcc-load --loader cilium --probe

Loads each program of each BPF object into the running kernel on its
own with cilium/ebpf 0.9.1 (no load-time BTF rewriting) and prints one
line per program:
  prog name=NAME section=SEC type=TYPE result=ok|fail errno=N insns=N|-
followed, for failures, by the last lines of the verifier log.

  --log-tail N        verifier log lines shown per failure (default %d)
  --probe             exit 0 if this kernel can load BPF programs
  --help, --version
Exit status: 0 all loaded, 1 some program failed, 2 usage or open error.
`, defaultLogTail)
}

// errorf prints one bpfcc-load error line, as the libbpf loader does.
func errorf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "bpfcc-load: error: "+format+"\n", args...)
}

type options struct {
	logTail int
	probe   bool
	objects []string
}

// parseArgs accepts what load.c's getopt_long accepts: --opt VALUE,
// --opt=VALUE, "--" ending the options.
func parseArgs(args []string) (*options, error) {
	opts := &options{logTail: defaultLogTail}

	for i := 0; i < len(args); i++ {
		arg := args[i]
		switch {
		case arg == "--":
			opts.objects = append(opts.objects, args[i+1:]...)
			return opts, nil
		case arg == "--log-tail" || strings.HasPrefix(arg, "--log-tail="):
			val := strings.TrimPrefix(arg, "--log-tail=")
			if arg == "--log-tail" {
				if i+1 >= len(args) {
					return nil, errors.New("--log-tail needs a line count")
				}
				i++
				val = args[i]
			}
			n, err := strconv.Atoi(val)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("--log-tail: '%s' is not a line count", val)
			}
			opts.logTail = n
		case arg == "--probe":
			opts.probe = true
		case arg == "-h" || arg == "--help":
			usage()
			os.Exit(0)
		case arg == "--version":
			fmt.Printf("bpfcc-load %s (cilium/ebpf 0.9.1)\n", version)
			os.Exit(0)
		case strings.HasPrefix(arg, "-") && arg != "-":
			return nil, fmt.Errorf("unknown option '%s' (see --help)", arg)
		default:
			opts.objects = append(opts.objects, arg)
		}
	}
	return opts, nil
}

func main() {
	opts, err := parseArgs(os.Args[1:])
	if err != nil {
		errorf("%v", err)
		os.Exit(exitUsage)
	}
	// Kernels before 5.11 charge BPF memory to RLIMIT_MEMLOCK; libbpf
	// raises it by itself, cilium/ebpf only when asked.
	_ = rlimit.RemoveMemlock()

	if opts.probe {
		os.Exit(probe())
	}
	if len(opts.objects) == 0 {
		errorf("no BPF object given (see --help)")
		os.Exit(exitUsage)
	}

	status := 0
	pins := &pinRoot{}
	for _, path := range opts.objects {
		if s := loadObject(path, opts, pins); s > status {
			status = s
		}
	}
	pins.remove()
	os.Exit(status)
}
