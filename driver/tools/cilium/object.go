// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)

package main

import (
	"debug/elf"
	"errors"
	"fmt"
	"sort"

	"github.com/cilium/ebpf"
)

// An object's programs, in the order libbpf lists them: by ELF section,
// then by symbol table index within the section. cilium/ebpf keeps them
// in a map, and the two loaders must print the same lines in the same
// order.
func programOrder(path string, spec *ebpf.CollectionSpec) ([]string, error) {
	type place struct{ section, symbol int }
	places := make(map[string]place)

	f, err := elf.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	syms, err := f.Symbols()
	if err != nil {
		return nil, err
	}
	for i, sym := range syms {
		p := spec.Programs[sym.Name]
		if p == nil || elf.ST_TYPE(sym.Info) != elf.STT_FUNC ||
			int(sym.Section) >= len(f.Sections) ||
			f.Sections[sym.Section].Name != p.SectionName {
			continue
		}
		places[sym.Name] = place{int(sym.Section), i}
	}

	names := make([]string, 0, len(spec.Programs))
	for name := range spec.Programs {
		if _, ok := places[name]; !ok {
			return nil, fmt.Errorf("program %s has no function symbol", name)
		}
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := places[names[i]], places[names[j]]
		if a.section != b.section {
			return a.section < b.section
		}
		return a.symbol < b.symbol
	})
	return names, nil
}

func hasPins(spec *ebpf.CollectionSpec) bool {
	for _, m := range spec.Maps {
		if m.Pinning != ebpf.PinNone {
			return true
		}
	}
	return false
}

// loadObject loads every program of the object at path on its own and
// prints its lines; it returns 0, exitFailed or exitUsage.
func loadObject(path string, opts *options, pins *pinRoot) int {
	spec, err := ebpf.LoadCollectionSpec(path)
	if err != nil {
		errorf("%s: cannot open BPF object: %v", path, err)
		return exitUsage
	}
	names, err := programOrder(path, spec)
	if err != nil {
		errorf("%s: cannot open BPF object: %v", path, err)
		return exitUsage
	}
	pinDir := ""
	if hasPins(spec) {
		if pinDir, err = pins.get(); err != nil {
			errorf("%v", err)
			return exitUsage
		}
	}

	fmt.Printf("object file=%s progs=%d\n", path, len(names))
	status := 0
	for _, name := range names {
		res := loadProgram(spec, name, pinDir)
		printResult(spec.Programs[name], res, opts.logTail)
		if res.errno != 0 {
			status = exitFailed
		}
	}
	return status
}

// Verifier log levels (include/linux/bpf_verifier.h), as in
// driver/tools/load/prog.c: a passing program is verified once with the
// cheap stats log, which holds "processed N insns"; a rejected one again
// with the level-1 log, whose tail shows what led to the rejection.
const (
	logLevel1    = 1
	logStats     = 4
	fullLogSize  = 16 << 20
	statsLogSize = 64 << 10
)

// result is what loading one program gave.
type result struct {
	errno int      // 0, or a positive errno
	insns int      // "processed N insns", -1 when not reported
	log   []string // the verifier's log of the load that decided
	err   error    // why, when the verifier did not run
}

func loadProgram(spec *ebpf.CollectionSpec, name, pinDir string) result {
	res := loadAttempt(spec, name, pinDir, logStats, statsLogSize)
	if res.errno == 0 || len(res.log) == 0 {
		return res
	}
	full := loadAttempt(spec, name, pinDir, logLevel1, fullLogSize)
	// On 6.1 an overflowing level-1 log fails with ENOSPC: keep the stats
	// log, which still holds the verifier's message.
	if full.errno == res.errno && len(full.log) > 0 {
		if full.insns < 0 {
			full.insns = res.insns
		}
		return full
	}
	return res
}

// loadAttempt loads a copy of spec that holds only the program name (its
// maps are all created, as libbpf does) and closes everything again.
func loadAttempt(spec *ebpf.CollectionSpec, name, pinDir string, level uint32, size int) (res result) {
	// A crash inside cilium/ebpf on one object must not hide the verdicts
	// of the programs after it.
	defer func() {
		if r := recover(); r != nil {
			res = failure(fmt.Errorf("panic: %v", r))
		}
	}()
	one := spec.Copy()
	for n := range one.Programs {
		if n != name {
			delete(one.Programs, n)
		}
	}
	coll, err := ebpf.NewCollectionWithOptions(one, ebpf.CollectionOptions{
		Maps:     ebpf.MapOptions{PinPath: pinDir},
		Programs: ebpf.ProgramOptions{LogLevel: level, LogSize: size},
	})
	if err != nil {
		return failure(err)
	}
	defer coll.Close()
	if pinDir != "" {
		for _, m := range coll.Maps {
			_ = m.Unpin()
		}
	}
	prog := coll.Programs[name]
	if prog == nil {
		// 0.9.1 skips, without an error, programs whose section it does
		// not know (e.g. libbpf's ksyscall/).
		return failure(fmt.Errorf("program %s: section %q: unknown program type, not loaded",
			name, spec.Programs[name].SectionName))
	}
	log := splitLog(prog.VerifierLog)
	return result{insns: processedInsns(log), log: log}
}

func failure(err error) result {
	res := result{errno: errnoOf(err), insns: -1, err: err}
	var verr *ebpf.VerifierError
	if errors.As(err, &verr) && !emptyLog(verr.Log) {
		res.log = verr.Log
		res.insns = processedInsns(verr.Log)
	}
	return res
}
