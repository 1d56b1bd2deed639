#!/usr/bin/env python3
"""Break a compiled BPF object in one precise way: copy IN to OUT, then patch.

  malpatch.py IN OUT truncate N              keep the first N bytes
  malpatch.py IN OUT truncate-in SEC         cut the file in the middle of SEC
  malpatch.py IN OUT shdr SEC FIELD VALUE    set a section header field to
                                             VALUE, or with @OTHER to the
                                             offset of section OTHER
                                             (name, type, offset, size, align,
                                             link, info, entsize)
  malpatch.py IN OUT dup SEC OTHER           give section SEC the name of OTHER
  malpatch.py IN OUT ehdr FIELD VALUE        set an ELF header field (shoff,
                                             shnum, shstrndx, shentsize)
  malpatch.py IN OUT poke OFFSET HEX          overwrite bytes at OFFSET
  malpatch.py IN OUT sym N FIELD VALUE       set field name or shndx of
                                             symbol N of .symtab
  malpatch.py IN OUT ext FIELD VALUE         set a .BTF.ext field
  malpatch.py IN OUT btf FIELD VALUE         set a .BTF field

.BTF.ext FIELDs: magic, hdr_len, SUB.off, SUB.len, SUB.rec_size,
SUB.sec_name_off, SUB.num_info, SUB.rec0.WORD (the n-th u32 of the first
record), SUB being func_info, line_info or core_relo.
.BTF FIELDs: magic, str_len, typeN.name_off, typeN.info, typeN.type,
typeN.wordK (the K-th u32 from the type's start; a struct's first member's
type is word4) (the
header of type N; every type before it must be one without trailing data:
PTR, CONST, TYPEDEF, ... as clang puts first for these inputs).

Little-endian objects only (the tests compile with -target bpf). Extended
from test/dump/Inputs/elfpatch.py.
"""
import struct
import sys

SHDR_FIELDS = {"name": (0, 4), "type": (4, 4), "offset": (24, 8), "size": (32, 8),
               "align": (48, 8), "link": (40, 4), "info": (44, 4), "entsize": (56, 8)}
EHDR_FIELDS = {"shoff": (0x28, 8), "shentsize": (0x3A, 2), "shnum": (0x3C, 2),
               "shstrndx": (0x3E, 2)}


def section_headers(img):
    shoff, = struct.unpack_from("<Q", img, 0x28)
    shnum, shstrndx = struct.unpack_from("<HH", img, 0x3C)
    hdrs = [struct.unpack_from("<IIQQQQIIQQ", img, shoff + i * 64) for i in range(shnum)]
    strs_off = hdrs[shstrndx][4]
    out = {}
    for i, h in enumerate(hdrs):
        end = img.index(b"\0", strs_off + h[0])
        name = img[strs_off + h[0]:end].decode()
        out.setdefault(name, (i, shoff + i * 64, h))
    return out


def sections(img):
    return {name: (h[4], h[5]) for name, (_, _, h) in section_headers(img).items()}


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
    hdr_len, type_off = struct.unpack_from("<II", img, base + 4)
    if field == "magic":
        return base, 2
    if field == "str_len":
        return base + 20, 4
    typ, _, word = field.partition(".")
    n = int(typ[4:])
    # Types before N are assumed to be 12 bytes (no trailing data).
    at = base + hdr_len + type_off + 12 * (n - 1)
    if word.startswith("word"):     # the K-th u32 from the type's header
        return at + 4 * int(word[4:]), 4
    return at + {"name_off": 0, "info": 4, "type": 8}[word], 4


def main():
    src, dst, cmd = sys.argv[1:4]
    args = sys.argv[4:]
    img = bytearray(open(src, "rb").read())
    if cmd == "truncate":
        img = img[:int(args[0], 0)]
    elif cmd == "truncate-in":
        off, size = sections(img)[args[0]]
        img = img[:off + size // 2]
    elif cmd == "shdr":
        _, at, _ = section_headers(img)[args[0]]
        rel, width = SHDR_FIELDS[args[1]]
        # VALUE "@SEC": the file offset of section SEC (to make overlaps).
        value = sections(img)[args[2][1:]][0] if args[2][0] == "@" else int(args[2], 0)
        img[at + rel:at + rel + width] = value.to_bytes(width, "little")
    elif cmd == "dup":
        hdrs = section_headers(img)
        _, at, _ = hdrs[args[0]]
        img[at:at + 4] = hdrs[args[1]][2][0].to_bytes(4, "little")
    elif cmd == "ehdr":
        rel, width = EHDR_FIELDS[args[0]]
        img[rel:rel + width] = int(args[1], 0).to_bytes(width, "little")
    elif cmd == "poke":
        at, data = int(args[0], 0), bytes.fromhex(args[1])
        img[at:at + len(data)] = data
    elif cmd == "sym":
        off, _ = sections(img)[".symtab"]
        rel, width = {"name": (0, 4), "shndx": (6, 2)}[args[1]]
        at = off + 24 * int(args[0]) + rel
        img[at:at + width] = int(args[2], 0).to_bytes(width, "little")
    elif cmd in ("ext", "btf"):
        field, value = args[0], int(args[1], 0)
        base = sections(img)[".BTF.ext" if cmd == "ext" else ".BTF"][0]
        at, width = (ext_field if cmd == "ext" else btf_field)(img, base, field)
        img[at:at + width] = value.to_bytes(width, "little")
    else:
        raise SystemExit("unknown command " + cmd)
    open(dst, "wb").write(img)


main()
