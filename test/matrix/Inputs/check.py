#!/usr/bin/env python3
"""check.py OUTPUT EXPECTED...: judge bpfcc-load/bpfcc-vmtest output (stdout
and stderr together) against a list of the failures expected, each with
its reason.

Each EXPECTED file holds lines `OBJECT PROGRAM REGEX` ('#' starts a comment):
OBJECT is the end of an object path as printed (e.g. 510/all-kinds.o) or
'*' (any object), PROGRAM a program name, '*' (any program) or 'open' (the
loader cannot open the object); REGEX (the rest of the line) must be found
in the program's line and log tail, or in the open error.

Every failure and open error must be expected, and every expectation must
have happened: a named program that loads after all, or an expectation
that matched nothing, is reported as stale, so that the list cannot rot. Prints one summary line and exits 1 on any mismatch.
"""
import re
import sys


def parse_output(path):
    objects = {}  # path -> {"progs": [(name, ok, text)], "open": text}
    order = []
    cur = None
    last = None
    for line in open(path, errors="replace").read().splitlines():
        m = re.match(r"object file=(\S+) progs=\d+$", line)
        if m:
            cur = objects.setdefault(m.group(1), {"progs": [], "open": None})
            order.append(m.group(1))
            last = None
            continue
        m = re.match(r"prog name=(\S+) .* result=(ok|fail) ", line)
        if m and cur is not None:
            last = [m.group(1), m.group(2) == "ok", line]
            cur["progs"].append(last)
            continue
        m = re.match(r"bpfcc-load: error: (\S+): cannot open BPF object: (.*)", line)
        if m:
            objects.setdefault(m.group(1), {"progs": [], "open": None})["open"] = line
            continue
        if line.startswith("  ") and last is not None:
            last[2] += "\n" + line
    return objects


def main():
    objects = parse_output(sys.argv[1])
    expected = []
    lines = [l for f in sys.argv[2:] for l in open(f)]
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        obj, prog, regex = line.split(None, 2)
        expected.append((n, obj, prog, re.compile(regex)))

    errors = []
    used = set()
    ok = failed = 0

    def match(path, prog, text):
        for e in expected:
            n, obj, eprog, regex = e
            if (obj == "*" or path.endswith(obj)) and eprog in (prog, "*") and regex.search(text):
                used.add(n)
                return True
        return False

    for path, o in sorted(objects.items()):
        if o["open"] is not None:
            failed += 1
            if not match(path, "open", o["open"]):
                errors.append("unexpected: " + o["open"])
        for name, is_ok, text in o["progs"]:
            if is_ok:
                ok += 1
                for n, obj, eprog, _ in expected:
                    if path.endswith(obj) and eprog == name:
                        errors.append("stale (now loads): %s %s (expected at line %d)" % (path, name, n))
                        used.add(n)
                continue
            failed += 1
            if not match(path, name, text):
                errors.append("unexpected: " + text.replace("\n", " | "))
    for n, obj, eprog, regex in expected:
        if n not in used:
            errors.append("stale (did not happen): line %d: %s %s %s" % (n, obj, eprog, regex.pattern))

    for e in errors:
        print(e)
    print("objects=%d ok=%d expected-failures=%d mismatches=%d"
          % (len(objects), ok, failed - sum(e.startswith("unexpected") for e in errors), len(errors)))
    return 1 if errors else 0


sys.exit(main())
