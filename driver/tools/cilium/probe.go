// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)

package main

import (
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// probe loads the smallest socket filter, as bpfcc-load --probe does, and
// says whether it could.
func probe() int {
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Type:         ebpf.SocketFilter,
		License:      "GPL",
		Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()},
	})
	if err != nil {
		fmt.Printf("cilium/ebpf cannot load a socket filter here: %v\n", err)
		return exitFailed
	}
	prog.Close()
	fmt.Println("the bpf() syscall loads programs here (cilium/ebpf)")
	return 0
}
