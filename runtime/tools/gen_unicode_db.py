#!/usr/bin/env python3
"""Generates runtime/src/objects/unicode_db.rs from CPython 3.11's own Unicode
database (Unicode 14.0.0), so str methods agree with CPython character by
character. Usage: python3 runtime/tools/gen_unicode_db.py > runtime/src/objects/unicode_db.rs
"""
import sys
import unicodedata

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

N = 0x110000


def ranges(pred):
    out = []
    start = None
    for c in range(N):
        if 0xD800 <= c <= 0xDFFF:
            ok = False
        else:
            ok = pred(chr(c))
        if ok and start is None:
            start = c
        elif not ok and start is not None:
            out.append((start, c - 1))
            start = None
    if start is not None:
        out.append((start, N - 1))
    return out


def is_lower(ch):
    return ch.islower()


def is_upper(ch):
    return ch.isupper()


def is_title(ch):
    return unicodedata.category(ch) == "Lt"


def is_cased(ch):
    return is_lower(ch) or is_upper(ch) or is_title(ch)


def is_case_ignorable(ch):
    # Probe CPython's final-sigma rule, which consults Case_Ignorable.
    if not is_cased(ch):
        return ("A" + ch + "\u03a3").lower()[-1] == "\u03c2"
    return ("A\u03a3" + ch).lower()[1] == "\u03c2"


def is_linebreak(ch):
    return len(("a" + ch + "b").splitlines()) == 2


PROPS = [
    ("ALPHA", lambda ch: ch.isalpha()),
    ("DECIMAL", lambda ch: ch.isdecimal()),
    ("DIGIT", lambda ch: ch.isdigit()),
    ("NUMERIC", lambda ch: ch.isnumeric()),
    ("SPACE", lambda ch: ch.isspace()),
    ("LINEBREAK", is_linebreak),
    ("PRINTABLE", lambda ch: ch.isprintable()),
    ("LOWER", is_lower),
    ("UPPER", is_upper),
    ("TITLE", is_title),
    ("CASE_IGNORABLE", is_case_ignorable),
    ("XID_START", lambda ch: ch.isidentifier()),
    ("XID_CONTINUE", lambda ch: ("a" + ch).isidentifier()),
]


def emit_ranges(name, rs):
    print(f"pub static {name}: &[(u32, u32)] = &[")
    line = "   "
    for a, b in rs:
        item = f" (0x{a:x}, 0x{b:x}),"
        if len(line) + len(item) > 110:
            print(line)
            line = "   "
        line += item
    print(line)
    print("];")


def decimal_runs():
    # (first, last, value of first): runs of consecutive digit values.
    out = []
    for c in range(N):
        if 0xD800 <= c <= 0xDFFF:
            continue
        ch = chr(c)
        if not ch.isdecimal():
            continue
        v = unicodedata.decimal(ch)
        if out and out[-1][1] == c - 1 and out[-1][2] + (c - out[-1][0]) == v:
            out[-1] = (out[-1][0], c, out[-1][2])
        else:
            out.append((c, c, v))
    return out


def mapping(fn):
    single = []  # (cp, delta)
    multi = []
    for c in range(N):
        if 0xD800 <= c <= 0xDFFF:
            continue
        ch = chr(c)
        m = fn(ch)
        if m == ch:
            continue
        if len(m) == 1:
            single.append((c, ord(m) - c))
        else:
            multi.append((c, [ord(x) for x in m]))
    # Compress single mappings into runs (start, end, step, delta).
    runs = []
    for c, d in single:
        if runs:
            s, e, step, dd = runs[-1]
            if dd == d and (c - e) in (1, 2) and (s == e or c - e == step):
                runs[-1] = (s, c, c - e, d)
                continue
        runs.append((c, c, 1, d))
    return runs, multi


def emit_mapping(name, fn):
    runs, multi = mapping(fn)
    print(f"pub static {name}_RUNS: &[(u32, u32, u32, i32)] = &[")
    line = "   "
    for s, e, step, d in runs:
        item = f" (0x{s:x}, 0x{e:x}, {step}, {d}),"
        if len(line) + len(item) > 110:
            print(line)
            line = "   "
        line += item
    print(line)
    print("];")
    print(f"pub static {name}_MULTI: &[(u32, [u32; 3])] = &[")
    for c, m in multi:
        m = m + [0] * (3 - len(m))
        print(f"    (0x{c:x}, [0x{m[0]:x}, 0x{m[1]:x}, 0x{m[2]:x}]),")
    print("];")


def main():
    print("//! Character properties and case mappings of Unicode 14.0.0, generated from")
    print("//! CPython 3.11's own database by runtime/tools/gen_unicode_db.py. Do not edit.")
    print()
    for name, pred in PROPS:
        emit_ranges(name, ranges(pred))
    print("pub static DECIMAL_RUNS: &[(u32, u32, u32)] = &[")
    for a, b, v in decimal_runs():
        print(f"    (0x{a:x}, 0x{b:x}, {v}),")
    print("];")
    emit_mapping("LOWER_MAP", lambda ch: ch.lower())
    emit_mapping("UPPER_MAP", lambda ch: ch.upper())
    emit_mapping("TITLE_MAP", lambda ch: ch.title())
    emit_mapping("FOLD_MAP", lambda ch: ch.casefold())


main()
