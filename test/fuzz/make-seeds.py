#!/usr/bin/env python3
"""Seed corpora for the bpfcc fuzzers, from objects compiled from the tests.

  make-seeds.py OUTDIR OBJ...

Writes OUTDIR/obj/<name> (the object itself: seeds for fuzz-elf, fuzz-dump,
fuzz-pipeline) and OUTDIR/btf-ext/<name> (u32 len(.BTF), .BTF, .BTF.ext: the
input format of fuzz-btf-ext) for each object that has both sections, and
OUTDIR/raw-btf/<name> (the .BTF bytes alone, any byte order: fuzz-raw-btf).
"""
import os
import struct
import sys


def sections(img):
    e = ">" if img[5] == 2 else "<"   # EI_DATA: bpfeb objects are big-endian
    shoff, = struct.unpack_from(e + "Q", img, 0x28)
    shnum, shstrndx = struct.unpack_from(e + "HH", img, 0x3C)
    hdrs = [struct.unpack_from(e + "IIQQQQIIQQ", img, shoff + i * 64) for i in range(shnum)]
    strs_off = hdrs[shstrndx][4]
    out = {}
    for h in hdrs:
        end = img.index(b"\0", strs_off + h[0])
        out[img[strs_off + h[0]:end].decode()] = img[h[4]:h[4] + h[5]]
    return out


def main():
    outdir, objs = sys.argv[1], sys.argv[2:]
    for sub in ("obj", "btf-ext", "raw-btf"):
        os.makedirs(os.path.join(outdir, sub), exist_ok=True)
    for path in objs:
        name = os.path.basename(path)
        img = open(path, "rb").read()
        open(os.path.join(outdir, "obj", name), "wb").write(img)
        secs = sections(img)
        if ".BTF" in secs:
            open(os.path.join(outdir, "raw-btf", name), "wb").write(secs[".BTF"])
        # fuzz-btf-ext parses in the host's byte order only, as libbpf does.
        if ".BTF" in secs and ".BTF.ext" in secs and img[5] == 1:
            btf, ext = secs[".BTF"], secs[".BTF.ext"]
            with open(os.path.join(outdir, "btf-ext", name), "wb") as f:
                f.write(struct.pack("<I", len(btf)) + btf + ext)


main()
