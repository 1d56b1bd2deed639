#!/usr/bin/env python3
"""Proof on real kernels of bpfcc's "helper refused for the program's type"
errors (docs/target-kernel.md, "Helpers per program type").

For each kernel K: every source of the corpora is compiled with clang-19
(the reference object) and checked by bpfcc --target-kernel=K
(-fsyntax-only: only the diagnostics matter). Programs bpfcc names in a
"cannot be called from program" error are *flagged*. Then every reference
object is loaded in Debian's kernel K (bpfcc-vmtest), one program at a
time, and each program's verifier log is read:

  - a flagged program must be refused for that reason ("unknown func H",
    "program of this type cannot use helper H", "... might sleep in a
    non-sleepable prog") -- a flagged program that loads is a false error;
  - an unflagged program must not be refused for that reason -- one that
    is, is an error bpfcc missed.

A program that fails for another reason first (the verifier stops at its
first error; libbpf may fail before it) proves nothing either way and is
counted apart, and so is an object libbpf cannot open at all (the
selftests' linked_*.o need `bpftool gen object` first). Exits 1 on a false
error or a miss.

Corpora: the test suite's C sources (test/**/*.c that clang-19 compiles
with lit's %bpf_cflags -mcpu=v3) and the 6.1 selftests as
test/compat/selftests-compat.sh prepares them (--selftests-work: its
--work directory, after a run).

    helper-prog-type-proof.py --build BUILD --kernel 6.1 [--kernel ...]
        [--selftests-work DIR] --work DIR [--reuse]

--reuse takes the reference objects and the VM logs (vm-K.log) an earlier
run left in --work instead of making them again (a kernel without a log is
loaded); bpfcc is always asked again.
"""
import argparse
import concurrent.futures
import glob
import os
import re
import shlex
import subprocess
import sys

FLAG_RE = re.compile(r"error: BPF helper '(\w+)' cannot be called from program "
                     r"'(\w+)' \(SEC\(\"([^\"]*)\"\)\)")
REFUSED_RE = re.compile(r"unknown func (\w+)#|program of this type cannot use "
                        r"helper (\w+)#|might sleep in a non-sleepable prog|"
                        r"sleepable helper (\w+)#")


# Program types bpfcc does not check (docs/target-kernel.md, "Limits"): a
# struct_ops program's helpers are its struct member's, a freplace
# program's its target's.
UNCHECKED_TYPES = ("struct_ops", "ext")


def run(argv, cwd=None, timeout=900):
    p = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=timeout)
    return p.returncode, p.stdout.decode(errors="replace")


class Source:
    def __init__(self, corpus, name, path, argv, cwd):
        self.corpus, self.name, self.path, self.argv, self.cwd = (
            corpus, name, path, argv, cwd)
        self.obj = None


def suite_sources(src, build, work):
    """test/**/*.c with lit's %bpf_cflags (test/lit.cfg.py)."""
    out = []
    for path in sorted(glob.glob(os.path.join(src, "test", "**", "*.c"),
                                 recursive=True)):
        if "/fuzz/" in path or "/bench/" in path:
            continue
        rel = os.path.relpath(path, src)
        d = os.path.dirname(path)
        flags = ["-g", "-O2", "-target", "bpf", "-D__TARGET_ARCH_x86", "-mcpu=v3",
                 "-I" + os.path.join(d, "Inputs"), "-I" + d,
                 "-I" + os.path.join(src, "test", "include"),
                 "-I" + os.path.join(build, "test", "include"),
                 "-idirafter", "/usr/include/x86_64-linux-gnu"]
        name = rel.replace("/", "__")[:-2]
        out.append(Source("suite", name, path, flags + ["-c", path], None))
    return out


def selftests_sources(stwork):
    """The 6.1 selftests, with selftests-compat.sh's command line."""
    cache = os.path.join(os.path.dirname(stwork), "selftests-6.1-src")
    st = os.path.join(cache, "tools", "testing", "selftests", "bpf")
    clang = "/usr/lib/llvm-19/bin/clang"
    _, verbose = run([clang, "-v", "-E", "-"], timeout=60)
    sys_inc = []
    inside = False
    for line in verbose.splitlines():
        if "<...> search starts here" in line:
            inside = True
        elif "End of search list" in line:
            inside = False
        elif inside:
            sys_inc += ["-idirafter", line.strip()]
    out = []
    for path in sorted(glob.glob(os.path.join(st, "progs", "*.c"))):
        name = os.path.basename(path)[:-2]
        extra = ["-fno-inline"] if name in ("test_l4lb_noinline",
                                            "test_xdp_noinline") else []
        flags = (["-g", "-D__TARGET_ARCH_x86", "-mlittle-endian",
                  "-I" + os.path.join(st, "tools", "include"), "-I" + st,
                  "-I" + os.path.join(cache, "tools", "include", "uapi"),
                  "-I" + os.path.join(cache, "tools", "testing", "selftests",
                                      "usr", "include")] + extra + sys_inc +
                 ["-Wno-compare-distinct-pointer-types", "-DENABLE_ATOMICS_TESTS",
                  "-O2", "-target", "bpf", "-mcpu=v3"])
        out.append(Source("selftests", "st__" + name, path,
                          flags + ["-c", "progs/%s.c" % name], st))
    return out


def compile_reference(s, work, reuse):
    obj = os.path.join(work, "obj", s.name + ".o")
    if reuse:
        s.obj = obj if os.path.exists(obj) else None
        return
    rc, _ = run(["/usr/lib/llvm-19/bin/clang"] + s.argv + ["-o", obj], cwd=s.cwd)
    s.obj = obj if rc == 0 else None


def flagged_by_bpfcc(s, bpfcc, kernel):
    """{program: {helper, ...}} that bpfcc --target-kernel=kernel flags."""
    argv = [a for a in s.argv if a != "-c"]
    _, out = run([bpfcc, "--target-kernel=" + kernel, "-fsyntax-only"] + argv,
                 cwd=s.cwd)
    flags = {}
    for m in FLAG_RE.finditer(out):
        flags.setdefault(m.group(2), set()).add(m.group(1))
    return flags


def load_in_vm(build, kernel, objs, work, reuse):
    """{(obj, prog): (result, log text)} from bpfcc-vmtest, and the objects
    libbpf could not open."""
    path = os.path.join(work, "vm-%s.log" % kernel)
    if reuse and os.path.exists(path):
        with open(path) as f:
            out = f.read()
    else:
        _, out = run([os.path.join(build, "bin", "bpfcc-vmtest"), "--kernel",
                      kernel, "--timeout", "3000", "--log-tail", "4"] + objs,
                     timeout=3200)
        with open(path, "w") as f:
            f.write(out)
    # bpfcc-load exits 2 when an object cannot be opened; only the VM's own
    # failure (no boot, timeout) leaves no answer.
    if "bpfcc-vmtest: error:" in out or not re.search(r"^kernel=", out, re.M):
        sys.exit("bpfcc-vmtest --kernel %s failed: %s" % (
            kernel, out.strip().splitlines()[-1:]))
    unopened = set(re.findall(r"^bpfcc-load: error: (\S+): cannot open BPF object",
                              out, re.M))
    res = {}
    obj = prog = None
    for line in out.splitlines():
        m = re.match(r"^object file=(\S+) progs=", line)
        if m:
            obj = m.group(1)
            continue
        m = re.match(r"^prog name=(\S+) section=\S* type=(\S+) result=(\w+)", line)
        if m:
            prog = (obj, m.group(1))
            res[prog] = [m.group(3), "", m.group(2)]
            continue
        if prog and prog in res:
            res[prog][1] += line + "\n"
    return res, unopened


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--src", default=os.path.dirname(os.path.dirname(
        os.path.dirname(os.path.abspath(__file__)))))
    ap.add_argument("--kernel", action="append", required=True)
    ap.add_argument("--selftests-work")
    ap.add_argument("--work", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--reuse", action="store_true")
    args = ap.parse_args()
    os.makedirs(os.path.join(args.work, "obj"), exist_ok=True)
    bpfcc = os.path.join(args.build, "bin", "bpfcc")

    sources = suite_sources(args.src, args.build, args.work)
    if args.selftests_work:
        sources += selftests_sources(args.selftests_work)
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        list(ex.map(lambda s: compile_reference(s, args.work, args.reuse),
                    sources))
    sources = [s for s in sources if s.obj]
    for corpus in ("suite", "selftests"):
        n = sum(1 for s in sources if s.corpus == corpus)
        if n:
            print("%s: %d sources compile with clang-19" % (corpus, n))

    bad = 0
    for kernel in args.kernel:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
            flags = list(ex.map(lambda s: flagged_by_bpfcc(s, bpfcc, kernel),
                                sources))
        loads, unopened = load_in_vm(args.build, kernel, [s.obj for s in sources],
                                     args.work, args.reuse)
        for corpus in ("suite", "selftests"):
            c = {"unopened": 0, "unchecked": 0, "flagged": 0, "flagged_refused": 0, "flagged_other": 0,
                 "flagged_loaded": 0, "accepted": 0, "accepted_loaded": 0,
                 "accepted_other": 0, "accepted_refused": 0}
            for s, f in zip(sources, flags):
                if s.corpus != corpus:
                    continue
                if s.obj in unopened:
                    c["unopened"] += 1
                    if f:
                        print("flagged, libbpf cannot open the object %s: %s %s" % (
                            kernel, s.path, ",".join(sorted(f))))
                    continue
                for (obj, prog), (result, log, ptype) in loads.items():
                    if obj != s.obj:
                        continue
                    if ptype in UNCHECKED_TYPES and prog not in f:
                        c["unchecked"] += 1
                        continue
                    refused = REFUSED_RE.search(log) if result != "ok" else None
                    if prog in f:
                        c["flagged"] += 1
                        if result == "ok":
                            c["flagged_loaded"] += 1
                            print("FALSE ERROR %s: %s %s: bpfcc flags %s, it loads" % (
                                kernel, s.path, prog, ",".join(sorted(f[prog]))))
                        elif refused:
                            c["flagged_refused"] += 1
                            print("refused as predicted %s: %s %s: %s" % (
                                kernel, s.path, prog, refused.group(0)))
                        else:
                            c["flagged_other"] += 1
                            last = [l for l in log.splitlines() if l.strip()][-1:]
                            print("flagged, failed first for another reason %s: "
                                  "%s %s: %s" % (kernel, s.path, prog,
                                                 last[0].strip() if last else ""))
                    else:
                        c["accepted"] += 1
                        if result == "ok":
                            c["accepted_loaded"] += 1
                        elif refused:
                            c["accepted_refused"] += 1
                            print("MISSED %s: %s %s: %s" % (kernel, s.path, prog,
                                                          refused.group(0)))
                        else:
                            c["accepted_other"] += 1
            bad += c["flagged_loaded"] + c["accepted_refused"]
            print("kernel %s, %s: %d programs flagged (%d refused for the helper, "
                  "%d failed first for another reason, %d loaded); %d accepted "
                  "(%d loaded, %d failed for another reason, %d refused for a "
                  "helper); %d of a type bpfcc does not check; %d objects "
                  "libbpf cannot open" % (
                      kernel, corpus, c["flagged"], c["flagged_refused"],
                      c["flagged_other"], c["flagged_loaded"], c["accepted"],
                      c["accepted_loaded"], c["accepted_other"],
                      c["accepted_refused"], c["unchecked"], c["unopened"]))
    print("RESULT: %s" % ("FAIL" if bad else "PASS"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
