#!/usr/bin/env python3
"""Make malformed BPF objects for tests: copy IN to OUT, then change it.

  elfpatch.py IN OUT truncate N          keep the first N bytes
  elfpatch.py IN OUT ext FIELD VALUE     set a .BTF.ext field (little-endian)
  elfpatch.py IN OUT btf FIELD VALUE     set a .BTF field

.BTF.ext FIELDs: magic, hdr_len, SUB.off, SUB.len, SUB.rec_size,
SUB.sec_name_off, SUB.num_info, SUB.rec0.WORD (WORD = 0..3: the n-th u32 of
the first record), where SUB is func_info, line_info or core_relo.
.BTF FIELDs: magic, type1.name_off, type1.type (the first type's header).
"""
import struct
import sys


def sections(img):
    shoff, = struct.unpack_from("<Q", img, 0x28)
    shnum, shstrndx = struct.unpack_from("<HH", img, 0x3C)
    hdrs = [struct.unpack_from("<IIQQQQIIQQ", img, shoff + i * 64) for i in range(shnum)]
    strs_off = hdrs[shstrndx][4]
    out = {}
    for h in hdrs:
        end = img.index(b"\0", strs_off + h[0])
        out[img[strs_off + h[0]:end].decode()] = (h[4], h[5])
    return out


def ext_field(img, base, field):
    """File offset and width of a .BTF.ext field."""
    if field == "magic":
        return base, 2
    if field == "hdr_len":
        return base + 4, 4
    sub, _, rest = field.partition(".")
    idx = ["func_info", "line_info", "core_relo"].index(sub)
    hdr_len, = struct.unpack_from("<I", img, base + 4)
    off_at = base + 8 + 8 * idx
    if rest == "off":
        return off_at, 4
    if rest == "len":
        return off_at + 4, 4
    start = base + hdr_len + struct.unpack_from("<I", img, off_at)[0]
    where = {"rec_size": 0, "sec_name_off": 4, "num_info": 8}
    if rest in where:
        return start + where[rest], 4
    if rest.startswith("rec0."):
        return start + 12 + 4 * int(rest[5:]), 4
    raise SystemExit("unknown field " + field)


def btf_field(img, base, field):
    hdr_len, = struct.unpack_from("<I", img, base + 4)
    type_off, = struct.unpack_from("<I", img, base + 8)
    first = base + hdr_len + type_off
    return {"magic": (base, 2), "type1.name_off": (first, 4),
            "type1.type": (first + 8, 4)}[field]


def main():
    src, dst, cmd = sys.argv[1:4]
    img = bytearray(open(src, "rb").read())
    if cmd == "truncate":
        img = img[:int(sys.argv[4], 0)]
    else:
        field, value = sys.argv[4], int(sys.argv[5], 0)
        base = sections(img)[".BTF.ext" if cmd == "ext" else ".BTF"][0]
        at, width = (ext_field if cmd == "ext" else btf_field)(img, base, field)
        img[at:at + width] = value.to_bytes(width, "little")
    open(dst, "wb").write(img)


main()
