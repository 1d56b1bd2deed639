#!/usr/bin/env python3
# SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
"""Generate plugin/KernelVersions.inc: for every BPF helper, program type,
map type and attach type, the Linux release that introduced it.

Inputs (see docs/target-kernel.md, "Where the table comes from"):
  - helpers.txt, prog-types.txt, map-types.txt, attach-types.txt next to
    this script: "name version" rows transcribed from bcc's
    docs/kernel-versions.md and cilium/ebpf's features/*.go;
  - the BTF of real kernels, --snapshot VERSION=FILE (raw BTF such as
    /sys/kernel/btf/vmlinux, or what `bpfcc-vmtest --btf-out` writes). Their
    enums bpf_func_id, bpf_prog_type, bpf_map_type and bpf_attach_type give
    the enumerators and their values; the newest snapshot lists them all.

UAPI enums are append-only, so the release that introduced an enumerator
never decreases with its value. That, and each snapshot (an enumerator a
kernel V has was introduced in V or before; one it lacks, after V), checks
every row. A helper bcc does not list takes the version of its neighbours
when both agree, and is an error otherwise (add a row to helpers.txt).

  gen-kernel-versions.py --snapshot 6.1=btf61 --snapshot 6.12=btf612 \\
      --snapshot 6.18=/sys/kernel/btf/vmlinux -o plugin/KernelVersions.inc
  gen-kernel-versions.py --snapshot ... --check plugin/KernelVersions.inc
"""
import argparse
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# (enum name in BTF, data file, prefix stripped from names in the data file,
#  X-macro of the .inc, marker enumerators to leave out)
TABLES = [
    ("bpf_func_id", "helpers.txt", "BPF_FUNC_", "BPFCC_HELPER"),
    ("bpf_prog_type", "prog-types.txt", "", "BPFCC_PROG_TYPE"),
    ("bpf_map_type", "map-types.txt", "", "BPFCC_MAP_TYPE"),
    ("bpf_attach_type", "attach-types.txt", "", "BPFCC_ATTACH_TYPE"),
]


def die(msg):
    sys.stderr.write("gen-kernel-versions: error: %s\n" % msg)
    sys.exit(1)


def parse_version(s):
    major, _, minor = s.partition(".")
    return (int(major), int(minor or 0))


def vstr(v):
    return "%d.%d" % v


def btf_enums(path, wanted):
    """The enumerators {value: name} of each wanted enum in a raw BTF file.
    The first name of a value wins, except that the alias of a
    ..._DEPRECATED name replaces it (6.2 renamed BPF_MAP_TYPE_CGROUP_STORAGE
    to BPF_MAP_TYPE_CGROUP_STORAGE_DEPRECATED and kept the old name as an
    alias, which is what programs write); "__MAX" markers are dropped."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 24:
        die("%s: not BTF" % path)
    magic, _ver, _flags, hdr_len = struct.unpack_from("<HBBI", data, 0)
    if magic != 0xEB9F:
        die("%s: not raw little-endian BTF (magic %#x)" % (path, magic))
    type_off, type_len, str_off, str_len = struct.unpack_from("<IIII", data, 8)
    types = hdr_len + type_off
    strs = hdr_len + str_off

    def name(off):
        end = data.index(b"\0", strs + off)
        return data[strs + off:end].decode()

    # Bytes that follow struct btf_type, per kind (include/uapi/linux/btf.h).
    fixed = {1: 4, 3: 12, 14: 4, 17: 4}
    per_member = {4: 12, 5: 12, 6: 8, 13: 8, 15: 12, 19: 12}
    out = {}
    pos, end = types, types + type_len
    while pos < end:
        name_off, info, _size = struct.unpack_from("<III", data, pos)
        kind, vlen = (info >> 24) & 0x1F, info & 0xFFFF
        pos += 12
        if kind == 6 and name_off and name(name_off) in wanted:
            values = {}
            for i in range(vlen):
                n_off, val = struct.unpack_from("<Ii", data, pos + 8 * i)
                n = name(n_off)
                if n.startswith("__"):
                    continue
                if val not in values or values[val].endswith("_DEPRECATED"):
                    values[val] = n
            out[name(name_off)] = values
        pos += fixed.get(kind, 0) + per_member.get(kind, 0) * vlen
    for w in wanted:
        if w not in out:
            die("%s: no enum %s (not a kernel's BTF?)" % (path, w))
    return out


def read_rows(fname):
    rows = {}
    with open(os.path.join(HERE, fname)) as f:
        for lineno, line in enumerate(f, 1):
            line = line.split("#", 1)[0].split()
            if not line:
                continue
            if line[0] in rows:
                die("%s:%d: %s listed twice" % (fname, lineno, line[0]))
            rows[line[0]] = parse_version(line[1])
    return rows


def build(snapshots):
    """[(macro, [(value, name, version)])] for every table."""
    wanted = [t[0] for t in TABLES]
    snaps = sorted(((parse_version(v), btf_enums(p, wanted))
                    for v, p in snapshots), key=lambda s: s[0])
    newest = snaps[-1][1]
    result = []
    for enum, fname, prefix, macro in TABLES:
        rows = read_rows(fname)
        values = newest[enum]
        names = {v: n[len(prefix):] if n.startswith(prefix) else n
                 for v, n in values.items()}
        # Rows newer than the newest snapshot are for kernels it predates
        # (with fewer snapshots, --check covers what they know).
        unknown = {n for n in set(rows) - set(names.values())
                   if rows[n] <= snaps[-1][0]}
        if unknown:
            die("%s: not in enum %s of the newest snapshot, which is newer: %s"
                % (fname, enum, " ".join(sorted(unknown))))
        order = sorted(values)
        if order != list(range(len(order))):
            die("enum %s has holes: %s" % (enum, order))
        known = [rows.get(names[v]) for v in order]
        versions = []
        for i, v in enumerate(order):
            if known[i]:
                versions.append(known[i])
                continue
            # Not listed: bounded by the neighbours and the snapshots.
            lo = max([k for k in known[:i] if k] or [(0, 0)])
            hi = min([k for k in known[i + 1:] if k] or [(99, 0)])
            for sv, enums in snaps:
                if v in enums[enum]:
                    hi = min(hi, sv)
            if lo != hi:
                die("%s: %s (%s %d) is not listed and its neighbours say "
                    "%s..%s: add it" % (fname, names[v], enum, v, vstr(lo),
                                         vstr(hi)))
            versions.append(lo)
        prev = (0, 0)
        for v, ver in zip(order, versions):
            if ver < prev:
                die("%s: %s is %s but an older enumerator is %s: enum "
                    "values are assigned in merge order"
                    % (fname, names[v], vstr(ver), vstr(prev)))
            prev = ver
            for sv, enums in snaps:
                has = v in enums[enum]
                if has and ver > sv:
                    die("%s: %s is %s but Linux %s has it"
                        % (fname, names[v], vstr(ver), vstr(sv)))
                if not has and ver <= sv:
                    die("%s: %s is %s but Linux %s lacks it"
                        % (fname, names[v], vstr(ver), vstr(sv)))
        result.append((macro, [(v, names[v], ver)
                               for v, ver in zip(order, versions)]))
    return snaps, result


def render(snaps, tables):
    out = ["// Generated by plugin/gen/gen-kernel-versions.py from "
           "plugin/gen/*.txt and the",
           "// BPF enums of Linux %s. Do not edit: see docs/target-kernel.md."
           % ", ".join(vstr(s[0]) for s in snaps),
           "//",
           "// MACRO(enum value, name, major, minor of the release that "
           "introduced it)"]
    for macro, rows in tables:
        out.append("#ifdef %s" % macro)
        for v, n, ver in rows:
            out.append('%s(%d, "%s", %d, %d)' % (macro, v, n, ver[0], ver[1]))
        out.append("#undef %s" % macro)
        out.append("#endif")
    return "\n".join(out) + "\n"


def check(path, tables):
    """The committed table agrees with every enumerator the snapshots know."""
    committed = {}
    with open(path) as f:
        for line in f:
            if "(" in line and line.startswith("BPFCC_"):
                macro, rest = line.split("(", 1)
                v, n, maj, mnr = [x.strip() for x in rest.rstrip(")\n").split(",")]
                committed[(macro, int(v))] = (n.strip('"'), (int(maj), int(mnr)))
    bad = 0
    for macro, rows in tables:
        for v, n, ver in rows:
            got = committed.get((macro, v))
            if got != (n, ver):
                sys.stderr.write("%s: %s %d: committed %s, generated %s\n"
                                 % (path, macro, v, got, (n, ver)))
                bad += 1
    if bad:
        die("%d rows differ: regenerate %s" % (bad, path))
    print("%s: %d rows agree" % (path, sum(len(r) for _, r in tables)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--snapshot", action="append", required=True,
                    metavar="VERSION=BTF", help="a kernel release and its BTF")
    ap.add_argument("-o", "--output", help="write the table here")
    ap.add_argument("--check", metavar="INC",
                    help="compare with a committed table instead")
    args = ap.parse_args()
    snapshots = []
    for s in args.snapshot:
        v, sep, p = s.partition("=")
        if not sep:
            die("--snapshot wants VERSION=FILE, got '%s'" % s)
        snapshots.append((v, p))
    snaps, tables = build(snapshots)
    if args.check:
        check(args.check, tables)
        return
    text = render(snaps, tables)
    if args.output:
        with open(args.output, "w") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
