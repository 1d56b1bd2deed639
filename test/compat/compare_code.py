#!/usr/bin/env python3
"""Compare the objects two compilers produced for the same sources.

selftests-compat.sh compiles every source with a reference compiler (clang-19)
and with the compiler under test (bpfcc) into two directories, leaving for each
name NAME there: NAME.rc (exit status), NAME.log (diagnostics), NAME.o.

The check, per name:
  * both compilers succeed, or both fail;
  * when both succeed, the code sections are identical: the same
    SHF_EXECINSTR sections, in the same order, with the same bytes and the same
    relocations (offset, type, symbol name, addend).

Differences in .BTF / .BTF.ext and in the other sections are reported as
information only: clang-19 itself does not emit BTF types in a stable order on
identical runs for a few files, so whole-object equality cannot be required.

Prints a summary and the first differences; exits 1 on any mismatch, 2 on bad
usage or a broken set-up (e.g. fewer objects than --min-compiled).
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys

SHF_EXECINSTR = 0x4
SHT_SYMTAB, SHT_RELA, SHT_REL = 2, 4, 9
STT_SECTION = 3
BTF_SECTIONS = (".BTF", ".BTF.ext")


class ElfError(Exception):
    pass


class Elf:
    """The parts of an ELF64 relocatable object this check needs."""

    def __init__(self, path):
        with open(path, "rb") as f:
            self.data = data = f.read()
        if len(data) < 64 or data[:4] != b"\x7fELF":
            raise ElfError("not an ELF file")
        if data[4] != 2:
            raise ElfError("not ELF64")
        self.end = {1: "<", 2: ">"}.get(data[5])
        if self.end is None:
            raise ElfError("bad EI_DATA")
        shoff, = self._unpack("Q", 0x28)
        shentsize, shnum, shstrndx = self._unpack("HHH", 0x3A)
        if shentsize < 64 or shoff + shnum * shentsize > len(data):
            raise ElfError("section headers out of bounds")
        self.sections = []
        for i in range(shnum):
            (name, typ, flags, _addr, off, size, link, info, _align,
             entsize) = self._unpack("IIQQQQIIQQ", shoff + i * shentsize)
            if typ != 8 and off + size > len(data):  # 8: SHT_NOBITS
                raise ElfError("section %d out of bounds" % i)
            self.sections.append(dict(name_off=name, type=typ, flags=flags,
                                      off=off, size=size, link=link,
                                      info=info, entsize=entsize))
        strtab = self.sections[shstrndx] if shstrndx < shnum else None
        for s in self.sections:
            s["name"] = self._str(strtab, s["name_off"]) if strtab else ""
        self._symbols = None

    def _unpack(self, fmt, off):
        fmt = self.end + fmt
        if off + struct.calcsize(fmt) > len(self.data):
            raise ElfError("read past end of file")
        return struct.unpack_from(fmt, self.data, off)

    def _str(self, sec, off):
        start = sec["off"] + off
        end = self.data.find(b"\0", start, sec["off"] + sec["size"])
        if off >= sec["size"] or end < 0:
            raise ElfError("string offset out of bounds")
        return self.data[start:end].decode("utf-8", "replace")

    def body(self, sec):
        if sec["type"] == 8:
            return b""
        return self.data[sec["off"]:sec["off"] + sec["size"]]

    def symbols(self):
        """Symbol names by index; section symbols are named after their section."""
        if self._symbols is None:
            self._symbols = []
            for sec in self.sections:
                if sec["type"] != SHT_SYMTAB:
                    continue
                strtab = self.sections[sec["link"]]
                for off in range(sec["off"], sec["off"] + sec["size"], 24):
                    name, info, _other, shndx, _value, _size = self._unpack("IBBHQQ", off)
                    if info & 0xF == STT_SECTION and shndx < len(self.sections):
                        self._symbols.append(self.sections[shndx]["name"])
                    else:
                        self._symbols.append(self._str(strtab, name))
        return self._symbols

    def relocations(self, index):
        """(offset, type, symbol, addend) of the relocations applying to section index."""
        out = []
        syms = self.symbols()
        for sec in self.sections:
            if sec["type"] not in (SHT_REL, SHT_RELA) or sec["info"] != index:
                continue
            rela = sec["type"] == SHT_RELA
            step = 24 if rela else 16
            for off in range(sec["off"], sec["off"] + sec["size"], step):
                r_off, r_info = self._unpack("QQ", off)
                addend = self._unpack("q", off + 16)[0] if rela else None
                sym = r_info >> 32
                name = syms[sym] if sym < len(syms) else "#%d" % sym
                out.append((r_off, r_info & 0xFFFFFFFF, name, addend))
        return out

    def code(self):
        """[(name, bytes, relocations)] for every SHF_EXECINSTR section, in order."""
        return [(s["name"], self.body(s), self.relocations(i))
                for i, s in enumerate(self.sections)
                if s["flags"] & SHF_EXECINSTR]

    def named(self, name):
        for s in self.sections:
            if s["name"] == name:
                return self.body(s)
        return None


TYPE_LINE = re.compile(r"^\[(\d+)\] (\w+) '([^']*)'(.*)$")
TYPE_REF = re.compile(r"\b(ret_)?type_id=(\d+)")


def btf_shape(bpftool, path):
    """The object's BTF as a sorted list of types, each with the type ids it
    refers to replaced by a description of the referred type (kind and name,
    followed through anonymous types a few levels): equal for two objects
    whose BTF has the same types in a different order."""
    out = subprocess.run([bpftool, "btf", "dump", "file", path], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, check=True).stdout.decode("utf-8", "replace")
    blocks, heads = [], {}
    for line in out.splitlines():
        m = TYPE_LINE.match(line)
        if m:
            heads[m.group(1)] = (m.group(2), m.group(3), m.group(4))
            blocks.append([line[line.index("]") + 2:]])
        elif blocks:
            blocks[-1].append(line)

    def describe(tid, depth=0):
        if tid == "0":
            return "void"
        kind, name, rest = heads.get(tid, ("?", "?", ""))
        ref = TYPE_REF.search(rest)
        if name == "(anon)" and ref and depth < 4:
            return "%s->%s" % (kind, describe(ref.group(2), depth + 1))
        return "%s '%s'" % (kind, name)

    def subst(m):
        return "%stype=<%s>" % (m.group(1) or "", describe(m.group(2)))
    return sorted(TYPE_REF.sub(subst, "\n".join(b)) for b in blocks)


def btf_difference(a, b, paths, bpftool):
    """None when .BTF and .BTF.ext are identical, else how they differ."""
    if all(a.named(s) == b.named(s) for s in BTF_SECTIONS):
        return None
    if a.named(".BTF") == b.named(".BTF"):
        return ".BTF.ext only"
    if not bpftool:
        return "bytes (bpftool not found: not analysed)"
    try:
        same = btf_shape(bpftool, paths[0]) == btf_shape(bpftool, paths[1])
    except (OSError, subprocess.CalledProcessError) as e:
        return "bytes (bpftool failed: %s)" % e
    return "type order only" if same else "types"


def first_code_difference(a, b):
    """Describe the first difference between two code() lists, or None."""
    names_a = [s[0] for s in a]
    names_b = [s[0] for s in b]
    if names_a != names_b:
        return "code sections differ: %s vs %s" % (names_a, names_b)
    for (name, bytes_a, rel_a), (_, bytes_b, rel_b) in zip(a, b):
        if bytes_a != bytes_b:
            if len(bytes_a) != len(bytes_b):
                return "%s: %d vs %d bytes" % (name, len(bytes_a), len(bytes_b))
            at = next(i for i in range(len(bytes_a)) if bytes_a[i] != bytes_b[i]) // 8 * 8
            return "%s: first differing instruction #%d: %s vs %s" % (
                name, at // 8, bytes_a[at:at + 8].hex(), bytes_b[at:at + 8].hex())
        if rel_a != rel_b:
            if len(rel_a) != len(rel_b):
                return "%s: %d vs %d relocations" % (name, len(rel_a), len(rel_b))
            i = next(i for i in range(len(rel_a)) if rel_a[i] != rel_b[i])
            return "%s: relocation #%d: %s vs %s" % (name, i, rel_a[i], rel_b[i])
    return None


def other_differences(a, b):
    """Names of non-code sections whose bytes differ (information only)."""
    out = []
    names = {s["name"] for s in a.sections} | {s["name"] for s in b.sections}
    for name in sorted(names):
        if not name or name.startswith(".rel"):
            continue
        sa = next((s for s in a.sections if s["name"] == name), None)
        sb = next((s for s in b.sections if s["name"] == name), None)
        if sa and sb and (sa["flags"] & SHF_EXECINSTR):
            continue
        if sa is None or sb is None or a.body(sa) != b.body(sb):
            out.append(name)
    return out


def read_result(directory, name):
    """(exit status, first diagnostic line) of one compile."""
    try:
        with open(os.path.join(directory, name + ".rc")) as f:
            rc = int(f.read().strip() or "1")
    except (OSError, ValueError):
        return None, "no result (compile did not run)"
    why = ""
    try:
        with open(os.path.join(directory, name + ".log"), errors="replace") as f:
            lines = [l.strip() for l in f if l.strip()]
        errors = [l for l in lines if "error" in l]
        why = (errors or lines or [""])[0]
    except OSError:
        pass
    return rc, why or "exit status %d, no diagnostics" % rc


def same_diagnostics(ref_dir, test_dir, name):
    """Whether both compilers printed the same diagnostics (information only)."""
    try:
        with open(os.path.join(ref_dir, name + ".log"), "rb") as a, \
                open(os.path.join(test_dir, name + ".log"), "rb") as b:
            return a.read() == b.read()
    except OSError:
        return False


BPFCC_WARNING = re.compile(r"warning: .*\[-W(?:error,-W)?(bpfcc[-a-z]*)\]$")


def bpfcc_warnings(test_dir, name):
    """The bpfcc warning lines of one compile, as (flag, line) pairs."""
    try:
        with open(os.path.join(test_dir, name + ".log"), errors="replace") as f:
            lines = [l.rstrip("\n") for l in f]
    except OSError:
        return []
    out = []
    for line in lines:
        m = BPFCC_WARNING.search(line)
        if m:
            out.append((m.group(1), line))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", required=True, help="file with one source name per line")
    ap.add_argument("--ref-dir", required=True)
    ap.add_argument("--test-dir", required=True)
    ap.add_argument("--ref-name", default="clang-19")
    ap.add_argument("--test-name", default="bpfcc")
    ap.add_argument("--show", type=int, default=10, help="differences to print")
    ap.add_argument("--bpftool", default=shutil.which("bpftool", path=os.environ.get(
        "PATH", "") + ":/usr/sbin:/sbin"), help="to tell BTF content from BTF order differences")
    ap.add_argument("--min-compiled", type=int, default=1,
                    help="fail (set-up broken) if the reference compiles fewer files")
    ap.add_argument("--list-warnings", action="store_true",
                    help="print every bpfcc warning of the compiler under test")
    args = ap.parse_args()

    with open(args.list) as f:
        names = [l.strip() for l in f if l.strip()]
    ref_ok = test_ok = both = identical = 0
    mismatches, btf_info, other_info, diag_info = [], {}, {}, []
    warnings = []  # (name, flag, line)
    for name in names:
        warnings += [(name, f, l) for f, l in bpfcc_warnings(args.test_dir, name)]
        if not same_diagnostics(args.ref_dir, args.test_dir, name):
            diag_info.append(name)
        rc_a, why_a = read_result(args.ref_dir, name)
        rc_b, why_b = read_result(args.test_dir, name)
        ok_a, ok_b = rc_a == 0, rc_b == 0
        ref_ok += ok_a
        test_ok += ok_b
        if ok_a != ok_b:
            who, why = (args.ref_name, why_b) if ok_a else (args.test_name, why_a)
            other = args.test_name if ok_a else args.ref_name
            mismatches.append("%s: compiles only with %s; %s says: %s" % (name, who, other, why))
            continue
        if not ok_a:
            continue
        both += 1
        paths = (os.path.join(args.ref_dir, name + ".o"),
                 os.path.join(args.test_dir, name + ".o"))
        try:
            a, b = Elf(paths[0]), Elf(paths[1])
            diff = first_code_difference(a.code(), b.code())
        except (OSError, ElfError) as e:
            mismatches.append("%s: cannot read object: %s" % (name, e))
            continue
        if diff:
            mismatches.append("%s: %s" % (name, diff))
            continue
        identical += 1
        how = btf_difference(a, b, paths, args.bpftool)
        if how:
            btf_info.setdefault(how, []).append(name)
        for sec in other_differences(a, b):
            if sec not in BTF_SECTIONS:
                other_info.setdefault(sec, []).append(name)

    print("%d files, %d compiled by %s, %d compiled by %s, %d compiled by both, "
          "%d with identical code" % (len(names), ref_ok, args.ref_name, test_ok,
                                     args.test_name, both, identical))
    print("info: diagnostics (stderr) identical for %d of %d files%s" % (
        len(names) - len(diag_info), len(names),
        "; differ for e.g. " + ", ".join(diag_info[:5]) if diag_info else ""))
    by_flag = {}
    for _, flag, _ in warnings:
        by_flag[flag] = by_flag.get(flag, 0) + 1
    print("info: %d bpfcc warnings in %d files%s" % (
        len(warnings), len({n for n, _, _ in warnings}),
        " (" + ", ".join("-W%s %d" % kv for kv in sorted(by_flag.items())) + ")"
        if warnings else ""))
    if args.list_warnings:
        for _, _, line in warnings:
            print("warning-line: " + line)
    for how, who in sorted(btf_info.items()):
        print("info: BTF differs (%s) in %d objects, e.g. %s" % (how, len(who), ", ".join(who[:5])))
    for sec, who in sorted(other_info.items()):
        print("info: section %s differs in %d objects, e.g. %s" % (sec, len(who), ", ".join(who[:5])))
    for line in mismatches[:args.show]:
        print("MISMATCH " + line)
    if len(mismatches) > args.show:
        print("... and %d more mismatches" % (len(mismatches) - args.show))
    if ref_ok < args.min_compiled:
        print("error: %s compiled only %d files (expected at least %d): the set-up is broken"
              % (args.ref_name, ref_ok, args.min_compiled))
        return 2
    print("RESULT: %s" % ("FAIL, %d mismatches" % len(mismatches) if mismatches else "PASS"))
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
