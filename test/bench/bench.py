#!/usr/bin/env python3
"""bpfcc's cost benchmark (issue 11): writes docs/performance.md.

  bench.py --build BUILD_DIR --out FILE [--smoke] [--runs N] [--work DIR]

Sections (each one a table in the output):
  1. compile time, bpfcc / clang-19, same files and flags, interleaved, in
     random order within each round: the project's test programs and a
     sample of the Linux 6.1 BPF selftests; no bpfcc option,
     --target-kernel=6.1, --target-btf=<host BTF>. Wall and CPU (user+sys of
     the whole process tree) medians, kernel-BTF reads counted with strace,
     callgrind instruction counts for a few files (stable on a shared
     machine).
  2. post-processor throughput: a generated large object (gen_large.py,
     linked with `bpftool gen object`) at 1x, 2x, 4x, 8x, lowered for 6.1
     and 4.18 in standalone mode: time, peak RSS, MB/s, callgrind Ir.
  3. code quality: instructions (llvm-objdump) and host verifier processed
     instructions (bpfcc-load) of bpfcc's rewrites vs hand-written code.
  4. profiles (callgrind): the post-processor on the large object, the
     plugin inside clang.

--smoke: tiny sizes, one run, no callgrind, no selftests: checks that the
benchmark works (CI), its figures mean nothing.
"""
import argparse
import hashlib
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.dirname(os.path.dirname(HERE))
LLVM_BIN = "/usr/lib/llvm-19/bin"
HOST_BTF = "/sys/kernel/btf/vmlinux"

# Project test programs (path relative to the source tree). Flags: lit's
# %bpf_cflags, plus -mcpu=v3 on both sides (chosen when --target-kernel=6.1
# still added it, before issue 14; kept so that results stay comparable).
PROJECT_FILES = [
    "test/plugin/noop-xdp.c",
    "test/plugin/noop-tc.c",
    "test/plugin/noop-kprobe.c",
    "test/plugin/noop-tracepoint.c",
    "test/plugin/noop-maps-globals.c",
    "test/plugin/noop-core.c",
    "test/argctx/shared.c",
    "test/argctx/tracing.c",
    "test/syscall/Inputs/ksyscall-vmlinux.c",
]
SMOKE_PROJECT_FILES = ["test/plugin/noop-xdp.c", "test/argctx/shared.c"]
# Every SELFTEST_STRIDE-th source of the sorted selftests list.
SELFTEST_STRIDE = 40
# callgrind on these (compile time in instructions).
CALLGRIND_FILES = ["test/plugin/noop-xdp.c", "test/argctx/tracing.c"]

MODES = [
    ("none", []),
    ("6.1", ["--target-kernel=6.1"]),
    ("btf", ["--target-btf=" + HOST_BTF]),
]
MODE_TITLE = {
    "none": "no bpfcc option",
    "6.1": "`--target-kernel=6.1`",
    "btf": "`--target-btf=%s`" % HOST_BTF,
}
TARGET_NO_BTF = 1.05
TARGET_BTF = 1.15
TARGET_POST_MS = 50.0

UNIT_FUNCS = 2000       # functions per 1x of the large object
TU_FUNCS = 250          # functions per generated translation unit


def log(msg):
    print("bench: " + msg, file=sys.stderr, flush=True)


def run(argv, cwd=None, check=True, capture=True, env=None):
    p = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE if capture else None,
                       stderr=subprocess.PIPE if capture else None)
    if check and p.returncode != 0:
        err = p.stderr.decode(errors="replace") if capture else ""
        raise RuntimeError("command failed (%d): %s\n%s" % (p.returncode, " ".join(argv), err[-2000:]))
    return p


def timed(argv, cwd=None):
    """(wall s, cpu s of the process tree, peak RSS KB, exit status)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    # ru covers the child and its waited-for descendants (clang under bpfcc).
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, p.returncode


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def fmt_ratio(x):
    return "—" if x != x else "%.3f" % x


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


class Ctx:
    def __init__(self, a):
        self.build = os.path.abspath(a.build)
        if os.path.isfile(self.build):  # the bpfcc binary: BUILD/bin/bpfcc
            self.build = os.path.dirname(os.path.dirname(self.build))
        self.bin = os.path.join(self.build, "bin")
        self.bpfcc = os.path.join(self.bin, "bpfcc")
        self.clang = os.environ.get("BPFCC_BENCH_CLANG", os.path.join(LLVM_BIN, "clang"))
        self.objdump = os.path.join(LLVM_BIN, "llvm-objdump")
        self.smoke = a.smoke
        # 15 rounds: per-file CPU times of 40 ms compiles vary by 5-10 %
        # between runs here, the size of the effect to be measured.
        self.runs = a.runs or (1 if a.smoke else 15)
        self.work = os.path.abspath(a.work or os.path.join(self.build, "bench"))
        os.makedirs(self.work, exist_ok=True)
        self.tmp = tempfile.mkdtemp(prefix="run-", dir=self.work)
        self.bpftool = shutil.which("bpftool") or shutil.which("bpftool", path="/usr/sbin:/sbin")
        self.valgrind = None if a.smoke or a.no_callgrind else shutil.which("valgrind")
        self.rng = random.Random(11)
        self.loads = []

    def note_load(self):
        self.loads.append(loadavg())


# ---------------------------------------------------------------- helpers

def bpf_cflags(ctx, src_dir):
    return ["-g", "-O2", "-target", "bpf", "-mcpu=v3", "-D__TARGET_ARCH_x86",
            "-I" + os.path.join(src_dir, "Inputs"),
            "-I" + os.path.join(SRC, "test", "include"),
            "-I" + os.path.join(ctx.build, "test", "include"),
            "-idirafter", "/usr/include/x86_64-linux-gnu"]


def btf_opens(ctx, argv, cwd, btf_path):
    """How many times processes other than the driver open btf_path, and
    whether that was reading (the driver only checks --target-btf exists)."""
    out = os.path.join(ctx.tmp, "strace.txt")
    run(["strace", "-f", "-qq", "-e", "trace=openat", "-o", out] + argv, cwd=cwd, check=False)
    first_pid = None
    n = 0
    with open(out) as f:
        for line in f:
            pid = line.split(None, 1)[0]
            if first_pid is None:
                first_pid = pid
            if '"%s"' % btf_path in line and pid != first_pid and "= -1" not in line:
                n += 1
    return n


def callgrind_total(ctx, argv, cwd=None, tag="cg"):
    """Total Ir of every process argv runs (children traced) and the files."""
    d = tempfile.mkdtemp(prefix=tag + "-", dir=ctx.tmp)
    run([ctx.valgrind, "--tool=callgrind", "--trace-children=yes",
         "--callgrind-out-file=" + os.path.join(d, "cg.%p")] + argv, cwd=cwd)
    total = 0
    files = []
    for name in os.listdir(d):
        path = os.path.join(d, name)
        files.append(path)
        with open(path) as f:
            for line in f:
                if line.startswith("summary:") or line.startswith("totals:"):
                    total += int(line.split()[1])
                    break
    return total, files


def cg_cmd(path):
    with open(path) as f:
        for line in f:
            if line.startswith("cmd:"):
                return line[4:].strip()
    return ""


def cg_summary(path):
    with open(path) as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    return 0


def cg_top(path, n, inclusive=False, match=None):
    p = run(["callgrind_annotate", "--inclusive=" + ("yes" if inclusive else "no"),
             "--threshold=100", path], check=False)
    rows = []
    body = False
    for line in p.stdout.decode(errors="replace").splitlines():
        if "file:function" in line:
            body = True
            continue
        if not body:
            continue
        m = re.match(r"\s*([0-9,]+)\s+\(\s*([0-9.]+)%\)\s+(\S.*)$", line)
        if not m:
            continue
        fn = m.group(3)
        if match and not re.search(match, fn):
            continue
        fn = re.sub(r"'\d+", "", fn)
        fn = re.sub(r"^(\?\?\?|\./[^:]*|/[^:]*):", "", fn)
        fn = fn.replace("(anonymous namespace)", "{anon}")
        fn = re.sub(r"\((?:[^()]|\([^()]*\))*\)(?=( \[clone [^]]*\])? \[)", "()", fn)
        fn = fn.replace("[abi:cxx11]", "")
        obj = re.search(r"\[([^\]]*)\]\s*$", fn)
        name = fn[:obj.start()].strip() if obj else fn
        lib = os.path.basename(obj.group(1)) if obj else ""
        rows.append((int(m.group(1).replace(",", "")), m.group(2), name, lib))
        if len(rows) >= n:
            break
    return rows


def count_insns(ctx, obj):
    """Instructions per code section, from llvm-objdump -d."""
    p = run([ctx.objdump, "-d", obj])
    counts = {}
    sec = None
    for line in p.stdout.decode().splitlines():
        m = re.match(r"Disassembly of section (\S+):", line)
        if m:
            sec = m.group(1)
            counts.setdefault(sec, 0)
        elif sec and re.match(r"\s+[0-9a-f]+:\s", line):
            # a 16-byte ld_imm64 is one instruction of two slots
            counts[sec] += 1
    return counts


def verifier_insns(ctx, obj):
    p = run([os.path.join(ctx.bin, "bpfcc-load"), obj], check=False)
    res = {}
    for line in p.stdout.decode().splitlines():
        m = re.match(r"prog name=(\S+) section=(\S+) .*result=(\S+) .*insns=(\S+)", line)
        if m:
            res[m.group(1)] = (m.group(2), m.group(3), m.group(4))
    return res


# ---------------------------------------------------------------- section 1

def selftests_setup(ctx):
    """The 6.1 selftests as test/compat extracts them (its cache dir and
    flags). Returns (selftests dir, flags, sample) or None."""
    tarball = "/usr/src/linux-source-6.1.tar.xz"
    if ctx.smoke or not os.path.exists(tarball) or not os.path.exists(HOST_BTF):
        return None
    cache = os.path.join(ctx.build, "test", "compat", "Output", "selftests-6.1-src")
    st = os.path.join(cache, "tools", "testing", "selftests", "bpf")
    if not os.path.exists(os.path.join(st, "tools", "include", "vmlinux.h")):
        log("extracting the 6.1 selftests with test/compat/selftests-compat.sh")
        run(["bash", os.path.join(SRC, "test", "compat", "selftests-compat.sh"),
             "--bpfcc", ctx.bpfcc, "--clang", ctx.clang, "--cache", cache,
             "--work", os.path.join(ctx.work, "compat"), "--filter", "^test_xdp$",
             "--jobs", "1"], check=False)
    names = sorted(n[:-2] for n in os.listdir(os.path.join(st, "progs")) if n.endswith(".c"))
    sample = names[::SELFTEST_STRIDE]
    # selftests-compat.sh's compile_one: the selftests Makefile's rule.
    p = run([ctx.clang, "-v", "-E", "-"], check=False)
    sysinc = []
    on = False
    for line in p.stderr.decode().splitlines():
        if "<...> search starts here:" in line:
            on = True
        elif "End of search list." in line:
            on = False
        elif on and line.startswith(" /"):
            sysinc += ["-idirafter", line.strip()]
    flags = ["-g", "-Werror", "-D__TARGET_ARCH_x86", "-mlittle-endian",
             "-I" + os.path.join(st, "tools", "include"), "-I" + st,
             "-I" + os.path.join(cache, "tools", "include", "uapi"),
             "-I" + os.path.join(cache, "tools", "testing", "selftests", "usr", "include")
             ] + sysinc + ["-Wno-compare-distinct-pointer-types", "-DENABLE_ATOMICS_TESTS",
                           "-O2", "-target", "bpf", "-mcpu=v3"]
    return st, flags, sample, len(names)


def compile_jobs(ctx):
    """[(set, name, cwd, flags, source)]"""
    jobs = []
    for rel in (SMOKE_PROJECT_FILES if ctx.smoke else PROJECT_FILES):
        path = os.path.join(SRC, rel)
        jobs.append(("project", rel, None, bpf_cflags(ctx, os.path.dirname(path)), path))
    st = selftests_setup(ctx)
    ctx.selftests = st
    if st:
        d, flags, sample, _ = st
        for name in sample:
            extra = ["-fno-inline"] if name in ("test_l4lb_noinline", "test_xdp_noinline") else []
            jobs.append(("selftests", name + ".c", d, flags + extra, "progs/%s.c" % name))
    return jobs


def section_compile(ctx, out):
    jobs = compile_jobs(ctx)
    o = os.path.join(ctx.tmp, "c.o")
    variants = [("clang", None)] + MODES
    # Which compiles read kernel BTF (and how often): strace, once.
    usable = []
    for job in jobs:
        s, name, cwd, flags, src = job
        if timed([ctx.clang] + flags + ["-c", src, "-o", o], cwd=cwd)[3] != 0:
            log("skipping %s: clang-19 does not compile it" % name)
            continue
        reads = {}
        for mode, opts in MODES:
            btf = HOST_BTF
            reads[mode] = btf_opens(ctx, [ctx.bpfcc] + opts + flags + ["-c", src, "-o", o], cwd, btf)
        usable.append((job, reads))
    log("compile time: %d files, %d runs each, 4 variants" % (len(usable), ctx.runs))
    times = {}  # (name, variant) -> [(wall, cpu)]
    failures = set()
    for r in range(ctx.runs):
        ctx.note_load()
        for (s, name, cwd, flags, src), _ in usable:
            order = list(variants)
            ctx.rng.shuffle(order)
            for v, opts in order:
                argv = [ctx.clang] if v == "clang" else [ctx.bpfcc] + opts
                w, c, _, rc = timed(argv + flags + ["-c", src, "-o", o], cwd=cwd)
                if rc != 0:
                    failures.add((name, v))
                times.setdefault((name, v), []).append((w, c))
    ctx.note_load()

    out.append("## 1. Compile time: bpfcc / clang-19\n")
    out.append(
        "Same files, same flags, one run of the benchmark: every round compiles every file with "
        "clang-19 and with bpfcc in each mode, the four variants in a random order; %d rounds; "
        "per file the median wall time and the median CPU time (user+sys of bpfcc and the clang it "
        "starts, from `wait4`). A file's ratio is the median over the rounds of bpfcc's time in "
        "that round over clang-19's in the same round (paired: the two ran next to each other); "
        "the summary is the "
        "median of the files' ratios. *BTF reads* counts how often the compile opened the kernel "
        "BTF (%s) outside the driver (strace; the driver only checks that a `--target-btf` file "
        "exists): the target is %.2f when it is 0 and %.2f when it is 1; more than 1 would be a bug.\n"
        % (ctx.runs, HOST_BTF, TARGET_NO_BTF, TARGET_BTF))
    summary = {}
    for s in ("project", "selftests"):
        rows = [(j, rd) for j, rd in usable if j[0] == s]
        if not rows:
            continue
        if s == "project":
            out.append("### The project's test programs\n")
            out.append("Flags: lit's `%bpf_cflags` (`-g -O2 -target bpf -D__TARGET_ARCH_x86`, "
                       "`-I` test/include and the build's vmlinux.h) plus `-mcpu=v3`.\n")
        else:
            d, flags, sample, total = ctx.selftests
            out.append("### Linux 6.1 BPF selftests (sample)\n")
            out.append("Every %dth of the %d sources of `tools/testing/selftests/bpf/progs` "
                       "(sorted by name) that clang-19 compiles, with the selftests Makefile's "
                       "flags as test/compat uses them (`-g -Werror -O2 -target bpf -mcpu=v3` ...), "
                       "vmlinux.h from the host BTF.\n" % (SELFTEST_STRIDE, total))
        out.append("| file | clang-19 wall / CPU s | " + " | ".join(
            "%s: wall, CPU ratio (BTF reads)" % MODE_TITLE[m] for m, _ in MODES) + " |")
        out.append("|---|---|" + "---|" * len(MODES))
        for (_, name, _, _, _), reads in rows:
            cw = median([t[0] for t in times[(name, "clang")]])
            cc = median([t[1] for t in times[(name, "clang")]])
            cells = []
            for m, _ in MODES:
                # Paired: each round's bpfcc time over the same round's
                # clang-19 time (run next to it), then the median of those
                # ratios. A load change between rounds moves both.
                pairs = list(zip(times[(name, m)], times[(name, "clang")]))
                rw = median([b[0] / c[0] for b, c in pairs])
                rc = median([b[1] / c[1] for b, c in pairs])
                bad = " **failed**" if (name, m) in failures else ""
                cells.append("%s, %s (%d)%s" % (fmt_ratio(rw), fmt_ratio(rc), reads[m], bad))
                cls = "btf" if reads[m] else "nobtf"
                summary.setdefault((s, m, cls), []).append((rw, rc))
            out.append("| %s | %.3f / %.3f | %s |" % (name, cw, cc, " | ".join(cells)))
        out.append("")
    out.append("### Summary (median of per-file ratios)\n")
    out.append("| files | mode | reads kernel BTF | files | wall ratio | CPU ratio | target | met (CPU) |")
    out.append("|---|---|---|---|---|---|---|---|")
    verdicts = []
    for (s, m, cls), v in sorted(summary.items()):
        tgt = TARGET_BTF if cls == "btf" else TARGET_NO_BTF
        rw = median([x[0] for x in v])
        rc = median([x[1] for x in v])
        met = rc <= tgt
        verdicts.append(met)
        out.append("| %s | %s | %s | %d | %s | %s | ≤ %.2f | %s |" % (
            s, MODE_TITLE[m], "yes" if cls == "btf" else "no", len(v), fmt_ratio(rw),
            fmt_ratio(rc), tgt, "yes" if met else "**no**"))
    out.append("")
    maxreads = max((rd[m] for _, rd in usable for m, _ in MODES), default=0)
    out.append("Kernel BTF opened at most %d time(s) per compile; only by compiles whose "
               "features need it (a tracing program's prototype check, `--target-btf` with "
               "such a program).\n" % maxreads)
    return verdicts


def section_compile_callgrind(ctx, out):
    if not ctx.valgrind:
        out.append("### Instructions (callgrind)\n\nSkipped (no valgrind, or --smoke).\n")
        return [], None
    out.append("### Instructions (callgrind)\n")
    out.append("Instructions executed (valgrind `--tool=callgrind --trace-children=yes`, all "
               "processes: bpfcc, clang, the plugin inside it, the post-processor), one run each: "
               "stable where wall times on this shared machine are not.\n")
    out.append("| file | clang-19 Ir | " + " | ".join("%s Ir (ratio)" % MODE_TITLE[m] for m, _ in MODES) + " |")
    out.append("|---|---|" + "---|" * len(MODES))
    o = os.path.join(ctx.tmp, "cg.o")
    verdicts = []
    plugin_profile = None
    for rel in CALLGRIND_FILES:
        path = os.path.join(SRC, rel)
        flags = bpf_cflags(ctx, os.path.dirname(path))
        base, _ = callgrind_total(ctx, [ctx.clang] + flags + ["-c", path, "-o", o], tag="clang")
        cells = []
        for m, opts in MODES:
            argv = [ctx.bpfcc] + opts + flags + ["-c", path, "-o", o]
            ir, files = callgrind_total(ctx, argv, tag="bpfcc")
            reads = btf_opens(ctx, argv, None, HOST_BTF)
            tgt = TARGET_BTF if reads else TARGET_NO_BTF
            verdicts.append(ir / base <= tgt)
            cells.append("%.3fG (%.3f, target ≤ %.2f)" % (ir / 1e9, ir / base, tgt))
            if m == "none" and rel.endswith("tracing.c"):
                plugin_profile = (rel, base, files)
        out.append("| %s | %.3fG | %s |" % (rel, base / 1e9, " | ".join(cells)))
    out.append("")
    return verdicts, plugin_profile


# ---------------------------------------------------------------- section 2

def large_objects(ctx, scales):
    """Generate, compile (cached) and link the large objects."""
    d = os.path.join(ctx.work, "large-smoke" if ctx.smoke else "large")
    os.makedirs(d, exist_ok=True)
    tu_funcs = 20 if ctx.smoke else TU_FUNCS
    per_unit = 1 if ctx.smoke else UNIT_FUNCS // TU_FUNCS
    gen = os.path.join(HERE, "gen_large.py")
    with open(gen, "rb") as f:
        key = hashlib.sha256(f.read() + ctx.clang.encode() + str(tu_funcs).encode()).hexdigest()
    stamp = os.path.join(d, "stamp")
    if not os.path.exists(stamp) or open(stamp).read() != key:
        for n in os.listdir(d):
            os.unlink(os.path.join(d, n))
    ntu = per_unit * max(scales)
    pending = []
    for k in range(ntu):
        o = os.path.join(d, "tu%d.o" % k)
        if os.path.exists(o):
            continue
        c = os.path.join(d, "tu%d.c" % k)
        run([sys.executable, gen, "--first", str(k * tu_funcs), "--funcs", str(tu_funcs),
             "-o", c] + (["--main"] if k == 0 else []))
        pending.append((c, o))
    if pending:
        log("compiling %d translation units of the large object (cached in %s)" % (len(pending), d))
    procs = []
    jobs = os.cpu_count() or 2
    while pending or procs:
        while pending and len(procs) < jobs:
            c, o = pending.pop(0)
            procs.append((subprocess.Popen([ctx.clang, "-g", "-O2", "-target", "bpf", "-c", c,
                                            "-o", o + ".tmp"]), o))
        p, o = procs.pop(0)
        if p.wait() != 0:
            raise RuntimeError("clang-19 failed on %s" % o)
        os.rename(o + ".tmp", o)
    with open(stamp, "w") as f:
        f.write(key)
    objs = {}
    for s in scales:
        o = os.path.join(d, "large-%dx.o" % s)
        if not os.path.exists(o):
            run([ctx.bpftool, "gen", "object", o] +
                [os.path.join(d, "tu%d.o" % k) for k in range(per_unit * s)])
        objs[s] = o
    return objs, tu_funcs * per_unit


def count_lines(argv, prefix=b""):
    """Lines of argv's output (streamed: the benchmark must stay small, its
    children inherit its peak RSS across exec)."""
    p = subprocess.Popen(argv, stdout=subprocess.PIPE)
    n = sum(1 for line in p.stdout if line.startswith(prefix))
    if p.wait() != 0:
        raise RuntimeError("command failed: " + " ".join(argv))
    return n


def obj_stats(ctx, obj):
    dump = os.path.join(ctx.bin, "bpfcc-dump")
    types = count_lines([dump, "--btf", obj], b"[")
    funcs = count_lines([dump, "--func-info", obj])
    lines = count_lines([dump, "--line-info", obj])
    return os.path.getsize(obj), types, funcs, lines


def peak_rss_kb(argv):
    """Maximum RSS of argv as /usr/bin/time reports it (%M, KB). Measured in
    a process of its own: a child of this (large) Python process would start
    with Python's RSS high-water mark, which Linux keeps across exec."""
    with tempfile.NamedTemporaryFile(mode="r") as f:
        run(["/usr/bin/time", "-f", "%M", "-o", f.name] + argv)
        return int(f.read().split()[-1])


def section_post(ctx, out):
    scales = [1, 2] if ctx.smoke else [1, 2, 4, 8]
    targets = ["6.1", "4.18"]
    objs, funcs_per_unit = large_objects(ctx, scales)
    stats = {s: obj_stats(ctx, objs[s]) for s in scales}
    res = {}
    out_o = os.path.join(ctx.tmp, "lowered.o")
    runs = max(ctx.runs, 5) if not ctx.smoke else 1
    for r in range(runs):
        ctx.note_load()
        order = [(s, t) for s in scales for t in targets]
        ctx.rng.shuffle(order)
        for s, t in order:
            w, c, rss, rc = timed([ctx.bpfcc, "--target-kernel=" + t, objs[s], "-o", out_o])
            if rc != 0:
                raise RuntimeError("bpfcc --target-kernel=%s %s failed" % (t, objs[s]))
            res.setdefault((s, t), []).append((w, c, rss))
    rss = {(s, t): peak_rss_kb([ctx.bpfcc, "--target-kernel=" + t, objs[s], "-o", out_o])
           for s in scales for t in targets}
    irs = {}
    prof = {}
    if ctx.valgrind:
        for s in scales:
            for t in targets:
                ir, files = callgrind_total(ctx, [ctx.bpfcc, "--target-kernel=" + t, objs[s],
                                                  "-o", out_o], tag="post")
                irs[(s, t)] = ir
                if s == 1:
                    prof[t] = files[0]
    out.append("## 2. Post-processor throughput\n")
    out.append(
        "A generated object (test/bench/gen_large.py: translation units of %d global functions, "
        "each with its own 12 nested typedef'd structs and a 30-statement body, compiled by "
        "`clang-19 -g -O2 -target bpf` and linked with `bpftool gen object`); 1x = %d functions. "
        "Lowered in standalone mode (`bpfcc --target-kernel=T in.o -o out.o`: read, lower "
        "`.BTF`/`.BTF.ext`, write), %d runs per size and target in random order; medians. Peak "
        "memory is `/usr/bin/time`'s maximum RSS (%%M) of one more run. "
        "MB/s is object bytes over the median wall and CPU times. Instructions (callgrind, one run) are the "
        "stable measure of linearity: Ir/KB should not grow with the size.\n"
        % (20 if ctx.smoke else TU_FUNCS, funcs_per_unit, runs))
    out.append("| size | object | FUNCs | BTF types | line_info | target | wall ms | CPU ms | MB/s (wall, CPU) | peak RSS MB | Ir | Ir/KB |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
    verdicts = []
    for t in targets:
        for s in scales:
            size, types, funcs, lines = stats[s]
            w = median([x[0] for x in res[(s, t)]]) * 1e3
            c = median([x[1] for x in res[(s, t)]]) * 1e3
            mem = rss[(s, t)] / 1024.0
            ir = irs.get((s, t))
            out.append("| %dx | %.1f MB | %d | %d | %d | %s | %.1f | %.1f | %.0f, %.0f | %.1f | %s | %s |" % (
                s, size / 1e6, funcs, types, lines, t, w, c, size / 1e6 / (w / 1e3),
                size / 1e6 / (c / 1e3), mem,
                "%.1fM" % (ir / 1e6) if ir else "—",
                "%.0f" % (ir / (size / 1024.0)) if ir else "—"))
            if s == 1:
                verdicts.append(c < TARGET_POST_MS)
    out.append("")
    if irs:
        lin = []
        for t in targets:
            base = irs[(1, t)] / stats[1][0]
            worst = max(irs[(s, t)] / stats[s][0] / base for s in scales)
            lin.append("%s: %.3f" % (t, worst))
            verdicts.append(worst <= 1.10)
        out.append("Linearity: the largest Ir/byte at any size relative to 1x — %s (target: ≤ 1.10)."
                   " Target < %.0f ms on the 1x object, judged on CPU time (user+sys): on this shared "
                   "machine wall time is mostly waiting for a CPU (see the load averages).\n" % (", ".join(lin), TARGET_POST_MS))
    return verdicts, prof, stats


def section_argctx(ctx, out):
    """arg:ctx lowering (lower_arg_ctx.c): cost per function copied."""
    scales = [1, 2] if ctx.smoke else [1, 2, 4, 8]
    unit = 20 if ctx.smoke else 250
    d = os.path.join(ctx.work, "argctx")
    os.makedirs(d, exist_ok=True)
    objs = {}
    for s in scales:
        c = os.path.join(d, "argctx-%dx.c" % s)
        o = os.path.join(d, "argctx-%dx.o" % s)
        run([sys.executable, os.path.join(HERE, "gen_argctx.py"), "--funcs", str(unit * s), "-o", c])
        run([ctx.clang, "-g", "-O2", "-target", "bpf", "-c", c, "-o", o])
        objs[s] = o
    out_o = os.path.join(ctx.tmp, "argctx-lowered.o")
    variants = [("6.1", []), ("6.1 --bpfcc-no-lower-arg-ctx", ["--bpfcc-no-lower-arg-ctx"])]
    runs = max(ctx.runs, 5) if not ctx.smoke else 1
    res = {}
    for r in range(runs):
        order = [(s, v) for s in scales for v in range(len(variants))]
        ctx.rng.shuffle(order)
        for s, v in order:
            w, c, _, rc = timed([ctx.bpfcc, "--target-kernel=6.1"] + variants[v][1] + [objs[s], "-o", out_o])
            if rc != 0:
                raise RuntimeError("bpfcc failed on %s" % objs[s])
            res.setdefault((s, v), []).append(c)
    irs = {}
    if ctx.valgrind:
        for s in scales:
            for v in range(len(variants)):
                irs[(s, v)], _ = callgrind_total(ctx, [ctx.bpfcc, "--target-kernel=6.1"] + variants[v][1]
                                                 + [objs[s], "-o", out_o], tag="argctx")
    out.append("## 5. arg:ctx lowering\n")
    out.append(
        "A generated object (test/bench/gen_argctx.py): 1x = %d tagged global subprograms of 30 "
        "statements, each calling the next, reached from kprobe, perf_event, raw_tp, xdp and tc "
        "programs: lowering for 6.1 copies every function four times (.text x5, and as many "
        "func_info/line_info records and FUNCs). Standalone `bpfcc --target-kernel=6.1 in.o -o out.o`, "
        "against the same with `--bpfcc-no-lower-arg-ctx` (BTF lowering only); %d runs, CPU-time "
        "medians; Ir from callgrind (one run). The pass's cost is the difference; per KB of input "
        "it should not grow with the size.\n" % (unit, runs))
    out.append("| size | object | copies | CPU ms | CPU ms without | Ir | Ir without | pass Ir | pass Ir/KB |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    verdicts = []
    per_kb = {}
    for s in scales:
        size = os.path.getsize(objs[s])
        c0 = median(res[(s, 0)]) * 1e3
        c1 = median(res[(s, 1)]) * 1e3
        ir0, ir1 = irs.get((s, 0)), irs.get((s, 1))
        pass_ir = ir0 - ir1 if ir0 and ir1 else None
        if pass_ir:
            per_kb[s] = pass_ir / (size / 1024.0)
        out.append("| %dx | %.2f MB | %d | %.1f | %.1f | %s | %s | %s | %s |" % (
            s, size / 1e6, 4 * unit * s, c0, c1,
            "%.1fM" % (ir0 / 1e6) if ir0 else "—", "%.1fM" % (ir1 / 1e6) if ir1 else "—",
            "%.1fM" % (pass_ir / 1e6) if pass_ir else "—", "%.0f" % per_kb[s] if pass_ir else "—"))
        if s == 1:
            verdicts.append(c0 < TARGET_POST_MS)
    out.append("")
    if per_kb:
        worst = max(per_kb[s] / per_kb[1] for s in scales)
        verdicts.append(worst <= 1.10)
        out.append("Linearity: the largest pass Ir/KB at any size relative to 1x — %.3f (target: ≤ 1.10). "
                   "Target < %.0f ms CPU for the whole post-processor on the 1x object.\n"
                   % (worst, TARGET_POST_MS))
    return verdicts


# ---------------------------------------------------------------- section 3

AUTOCORE = "test/autocore/Inputs/corpus"


def autocore_corpus():
    d = os.path.join(SRC, AUTOCORE)
    return sorted(os.path.join(AUTOCORE, n) for n in os.listdir(d) if n.endswith(".bpf.c")) \
        if os.path.isdir(d) else []


def quality_cases(ctx):
    """(title, [(label, compiler, extra opts, [sources])]); the first variant
    is the hand-written reference."""
    cases = [
        ("arg:ctx, native tag (kernels ≥ 6.8): inferred and injected by bpfcc vs written by hand",
         [("hand-written `__arg_ctx`, clang-19", "clang", [], ["test/bench/Inputs/argctx-native.c"]),
          ("unannotated, bpfcc (tag inferred)", "bpfcc", [], ["test/argctx/shared.c"])]),
        ("arg:ctx lowered for 6.1: bpfcc's per-context clones vs hand-written per-type copies",
         [("hand-written copies, clang-19", "clang", [], ["test/bench/Inputs/argctx-hand61.c"]),
          ("unannotated, bpfcc `--target-kernel=6.1`", "bpfcc", ["--target-kernel=6.1"],
           ["test/argctx/shared.c"])]),
    ]
    if os.path.exists(os.path.join(SRC, "test/ctxstruct/identity-tp.c")):
        cases.append(
            ("context structs (tp_btf, raw_tp) vs `BPF_PROG`",
             [("`BPF_PROG`, clang-19", "clang", [], ["test/ctxstruct/identity-tp.c"]),
              ("context structs (`-DCTX`), bpfcc", "bpfcc", ["-DCTX"], ["test/ctxstruct/identity-tp.c"])]))
    corpus = autocore_corpus()
    if corpus and not ctx.smoke:
        cases.append(
            ("automatic CO-RE vs `BPF_CORE_READ` (test/autocore's corpus of %d bcc-tool-style "
             "programs, summed)" % len(corpus),
             [("`BPF_CORE_READ` twins (`-DTWIN`), clang-19", "clang", ["-DTWIN"], corpus),
              ("plain pointer chains, bpfcc", "bpfcc", [], corpus)]))
    return cases


def section_quality(ctx, out):
    out.append("## 3. Code quality: bpfcc's rewrites vs hand-written code\n")
    can_load = run([os.path.join(ctx.bin, "bpfcc-load"), "--probe"], check=False).returncode == 0
    out.append("Instructions: `llvm-objdump -d`, all code sections of the object(s). Verifier: "
               "`bpfcc-load` on this host (kernel %s), instructions the verifier processed per "
               "program (global subprograms included), summed. Same flags for both sides (lit's "
               "`%%bpf_cflags` with `-mcpu=v3`). Trampoline programs (fentry/fexit/lsm) do not "
               "load on this host and are not part of these programs.%s\n"
               % (platform.release(), "" if can_load else " **bpf() is not available: no verifier figures.**"))
    verdicts = []
    for title, variants in quality_cases(ctx):
        out.append("### %s\n" % title)
        data = []
        for label, comp, opts, rels in variants:
            ins_total = 0
            ver = {}
            for rel in rels:
                path = os.path.join(SRC, rel)
                o = os.path.join(ctx.tmp, "q.o")
                argv = ([ctx.clang] if comp == "clang" else [ctx.bpfcc]) + opts
                run(argv + bpf_cflags(ctx, os.path.dirname(path)) + ["-c", path, "-o", o])
                ins_total += sum(count_insns(ctx, o).values())
                if can_load:
                    for prog, v in verifier_insns(ctx, o).items():
                        ver[(prog if len(rels) == 1 else os.path.basename(rel)[:-6] + ":" + prog)] = v
            data.append((label, rels, ins_total, ver))
        progs = sorted(set(p for d in data for p in d[3]))
        per_prog = len(progs) <= 8
        src = lambda rels: rels[0] if len(rels) == 1 else "%s/*.bpf.c" % os.path.dirname(rels[0])
        out.append("| variant | source | object insns | " +
                   ("".join("`%s` | " % p for p in progs) if per_prog else "programs loaded | ") +
                   "verifier total |")
        out.append("|---|---|---|" + ("---|" * len(progs) if per_prog else "---|") + "---|")
        totals = []
        for label, rels, ins, ver in data:
            tot = sum(int(v[2]) for v in ver.values() if v[2].isdigit())
            ok = sum(1 for v in ver.values() if v[1] == "ok")
            if per_prog:
                cells = "".join("%s%s | " % (ver[p][2], "" if ver[p][1] == "ok" else " (" + ver[p][1] + ")")
                                if p in ver else "— | " for p in progs)
            else:
                cells = "%d of %d | " % (ok, len(ver))
            out.append("| %s | %s | %d | %s%s |" % (label, src(rels), ins, cells, tot if ver else "—"))
            totals.append((ins, tot, ok))
        met = totals[1][0] <= totals[0][0] and totals[1][1] <= totals[0][1] and totals[1][2] >= totals[0][2]
        verdicts.append(met)
        out.append("\nbpfcc ≤ hand-written: %s\n" % ("yes" if met else "**no**"))
    return verdicts


# ---------------------------------------------------------------- section 4

def section_profile(ctx, out, post_prof, plugin_profile):
    out.append("## 4. Profiles (callgrind)\n")
    if not ctx.valgrind:
        out.append("Skipped (no valgrind, or --smoke).\n")
        return
    for t, path in sorted(post_prof.items()):
        out.append("### Post-processor, 1x object, `--target-kernel=%s` (%.1fM Ir), exclusive\n"
                   % (t, cg_summary(path) / 1e6))
        out.append("| Ir | % | function | object |\n|---|---|---|---|")
        for ir, pct, fn, lib in cg_top(path, 10):
            out.append("| %d | %s | `%s` | %s |" % (ir, pct, fn, lib))
        out.append("")
    if plugin_profile:
        rel, base, files = plugin_profile
        clang_files = [f for f in files if "clang" in cg_cmd(f).split()[0]]
        if clang_files:
            f = clang_files[0]
            total = cg_summary(f)
            out.append("### The plugin inside clang: %s, no option (clang process %.1fM Ir, "
                       "clang-19 alone %.1fM Ir)\n" % (rel, total / 1e6, base / 1e6))
            out.append("Inclusive Ir of the plugin's functions and of libbpf (kernel BTF "
                       "parsing, btf_dump) as the plugin calls them:\n")
            out.append("| Ir | % | function | object |\n|---|---|---|---|")
            for ir, pct, fn, lib in cg_top(f, 15, inclusive=True, match=r"bpfcc-plugin\.so|libbpf\.so|getenv"):
                out.append("| %d | %s | `%s` | %s |" % (ir, pct, fn, lib))
            out.append("")


def section_history(out):
    p = run(["git", "-C", SRC, "log", "--format=- %h %s", "--grep=^perf:"], check=False)
    out.append("## Optimizations\n")
    out.append("Commits whose message starts with `perf:` (each gives its before/after figures):\n")
    text = p.stdout.decode().strip()
    out.append(text if text else "- none yet")
    out.append("")


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", required=True, help="bpfcc build directory (or its bin/bpfcc)")
    ap.add_argument("--out", required=True, help="markdown file to write")
    ap.add_argument("--work", help="scratch and cache directory (default BUILD/bench)")
    ap.add_argument("--runs", type=int, help="runs per file and variant (default 15, smoke 1)")
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--no-callgrind", action="store_true")
    ap.add_argument("--only", default="compile,post,quality,argctx",
                    help="comma-separated sections: compile,post,quality,argctx")
    a = ap.parse_args()
    ctx = Ctx(a)
    only = set(a.only.split(","))
    started = time.time()
    head = ["# bpfcc performance\n",
            "Written by `test/bench/bench.py`%s (`cmake --build BUILD --target bench`); do not edit "
            "by hand. Issue 11: bpfcc / clang-19 compile-time ratio ≤ %.2f when no BTF-reading "
            "feature applies and ≤ %.2f when the target BTF is read; post-processing linear in "
            "object size and < %.0f ms on a large object; code and verifier cost of every bpfcc "
            "rewrite ≤ the hand-written equivalent.\n"
            % (" --smoke (CI check that the benchmark runs: these figures mean nothing)" if ctx.smoke else "",
               TARGET_NO_BTF, TARGET_BTF, TARGET_POST_MS)]
    body = []
    verdicts = {}
    plugin_profile = None
    post_prof = {}
    if "compile" in only:
        log("section 1: compile time")
        verdicts["compile (CPU, wall-clock medians)"] = section_compile(ctx, body)
        v, plugin_profile = section_compile_callgrind(ctx, body)
        verdicts["compile (callgrind)"] = v
    if "post" in only:
        log("section 2: post-processor")
        v, post_prof, _ = section_post(ctx, body)
        verdicts["post-processor"] = v
    if "quality" in only:
        log("section 3: code quality")
        verdicts["code quality"] = section_quality(ctx, body)
    argctx_body = []
    if "argctx" in only:
        log("section 5: arg:ctx lowering")
        verdicts["arg:ctx lowering"] = section_argctx(ctx, argctx_body)
    log("section 4: profiles")
    section_profile(ctx, body, post_prof, plugin_profile)
    body += argctx_body
    section_history(body)

    commit = run(["git", "-C", SRC, "rev-parse", "--short", "HEAD"], check=False).stdout.decode().strip()
    dirty = run(["git", "-C", SRC, "status", "--porcelain", "--untracked-files=no"], check=False).stdout.strip()
    cpu = ""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    head.append("## Method\n")
    head.append("- machine: %s, %d CPUs, %.0f GiB, kernel %s; shared with other jobs, so wall "
                "times are noisy: CPU times and callgrind instruction counts are the stable figures"
                % (cpu, os.cpu_count(), mem, platform.release()))
    # Relative to the source tree: docs/ must not carry this machine's paths.
    head.append("- bpfcc `%s` (commit %s%s), clang: `%s` (%s)" % (
        os.path.relpath(ctx.bpfcc, SRC), commit, ", with uncommitted changes in the tree" if dirty else "", ctx.clang,
        run([ctx.clang, "--version"]).stdout.decode().splitlines()[0]))
    head.append("- %d runs per measurement (medians), interleaved; load average (1/5/15 min) "
                "sampled before each round: %s" % (ctx.runs, "; ".join(ctx.loads) or "—"))
    head.append("- run on %s, took %.0f s" % (time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(started)),
                                             time.time() - started))
    head.append("")
    head.append("## Targets\n")
    head.append("| measurement | checks | met |\n|---|---|---|")
    for k, v in verdicts.items():
        head.append("| %s | %d | %s |" % (k, len(v), "—" if not v else
                    ("yes" if all(v) else "**no** (%d of %d)" % (sum(v), len(v)))))
    head.append("")
    with open(a.out + ".tmp", "w") as f:
        f.write("\n".join(head + body) + "\n")
    os.rename(a.out + ".tmp", a.out)
    shutil.rmtree(ctx.tmp, ignore_errors=True)
    log("wrote " + a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
