#!/usr/bin/env python3
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
"""Check plugin/KernelVersions.inc against one real kernel's BTF.

For kernel release V, every row the table dates V or older must be an
enumerator of that kernel's enum (bpf_func_id, bpf_prog_type,
bpf_map_type, bpf_attach_type) with the same value and name, and every row
dated after V must be absent. An enumerator the kernel has and the table
does not list is an error too, unless V is newer than every kernel the
table was generated from (the table then cannot know it; the plugin says
nothing about such values).

This reads the committed table, the one the plugin compiles in, not the
generator's inputs: it is the table's claims that are checked.

  check-kernel-table.py --kernel 5.10=btf-5.10 plugin/KernelVersions.inc
  check-kernel-table.py --kernel host=/sys/kernel/btf/vmlinux INC

"host" stands for the running kernel's release (uname -r).
"""
import argparse
import importlib.util
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# X-macro of the .inc -> (enum in BTF, prefix the table leaves off names)
ENUMS = {
    "BPFCC_HELPER": ("bpf_func_id", "BPF_FUNC_"),
    "BPFCC_PROG_TYPE": ("bpf_prog_type", ""),
    "BPFCC_MAP_TYPE": ("bpf_map_type", ""),
    "BPFCC_ATTACH_TYPE": ("bpf_attach_type", ""),
}


def die(msg):
    sys.stderr.write("check-kernel-table: error: %s\n" % msg)
    sys.exit(2)


def load_generator():
    """gen-kernel-versions.py's BTF enum reader (one reader for both)."""
    path = os.path.join(HERE, "gen-kernel-versions.py")
    spec = importlib.util.spec_from_file_location("gen_kernel_versions", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def parse_release(s):
    m = re.match(r"^(\d+)\.(\d+)", s)
    if not m:
        die("'%s' is not a kernel release like 5.10 or 6.18.3-amd64" % s)
    return (int(m.group(1)), int(m.group(2)))


def read_table(path):
    """{macro: [(value, name, (major, minor))]} and the newest kernel the
    table was generated from (its header names them)."""
    rows = {m: [] for m in ENUMS}
    newest = None
    row_re = re.compile(r'^(BPFCC_[A-Z_]+)\((\d+), "([^"]+)", (\d+), (\d+)\)$')
    with open(path) as f:
        for line in f:
            line = line.strip()
            m = re.search(r"BPF enums of Linux ([0-9., ]+)", line)
            if m:
                newest = max(parse_release(v.strip())
                             for v in m.group(1).split(",") if v.strip())
            m = row_re.match(line)
            if m and m.group(1) in rows:
                rows[m.group(1)].append((int(m.group(2)), m.group(3),
                                         (int(m.group(4)), int(m.group(5)))))
    if newest is None or not all(rows.values()):
        die("%s: not a KernelVersions.inc (no header or no rows)" % path)
    return rows, newest


def vstr(v):
    return "%d.%d" % v


def check(rows, newest, kernel, enums):
    """Error lines for every disagreement, and a summary per enum."""
    errors, summary = [], []
    for macro, (enum, prefix) in ENUMS.items():
        have = enums[enum]  # {value: name}, first name (or alias) per value
        names = {n for n in have.values()}
        listed = set()
        has = lacks = 0
        for value, name, since in rows[macro]:
            listed.add(value)
            full = prefix + name
            present = value in have
            if since <= kernel:
                has += 1
                if not present:
                    errors.append("%s %s (%d): the table dates it %s, but "
                                  "Linux %s's enum %s lacks it"
                                  % (enum, full, value, vstr(since),
                                     vstr(kernel), enum))
                elif have[value] != full and full not in names:
                    errors.append("%s value %d: the table names it %s, "
                                  "Linux %s names it %s"
                                  % (enum, value, full, vstr(kernel),
                                     have[value]))
            else:
                lacks += 1
                if present:
                    errors.append("%s %s (%d): the table dates it %s, but "
                                  "Linux %s's enum %s has it (%s)"
                                  % (enum, full, value, vstr(since),
                                     vstr(kernel), enum, have[value]))
        extra = sorted(set(have) - listed)
        if extra and kernel <= newest:
            errors.append("%s: Linux %s has %s, which the table does not list"
                          % (enum, vstr(kernel),
                             ", ".join("%s (%d)" % (have[v], v)
                                       for v in extra)))
        summary.append("%s: %d in Linux %s, %d newer and absent%s"
                       % (enum, has, vstr(kernel), lacks,
                          ", %d not in the table" % len(extra)
                          if extra else ""))
    return errors, summary


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kernel", required=True, metavar="VERSION=BTF",
                    help="a kernel release (or 'host') and its BTF")
    ap.add_argument("table", help="plugin/KernelVersions.inc")
    args = ap.parse_args()
    version, sep, btf = args.kernel.partition("=")
    if not sep:
        die("--kernel wants VERSION=FILE, got '%s'" % args.kernel)
    if version == "host":
        version = os.uname().release
    kernel = parse_release(version)
    rows, newest = read_table(args.table)
    gen = load_generator()
    enums = gen.btf_enums(btf, [e for e, _ in ENUMS.values()])
    errors, summary = check(rows, newest, kernel, enums)
    for line in summary:
        print(line)
    for e in errors:
        sys.stderr.write("check-kernel-table: error: %s\n" % e)
    if errors:
        sys.exit(1)
    print("KernelVersions.inc agrees with Linux %s" % vstr(kernel))


if __name__ == "__main__":
    main()
