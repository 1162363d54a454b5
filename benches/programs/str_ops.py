"""String building and splitting: formatting records, joining, splitting and scanning text.

Builds CSV-like text with %-formatting, str.format and f-strings, then
splits it into lines and fields, strips, replaces, searches, changes case
and slices; no hashing of strings reaches the output.
"""
import sys
import time

SMALL_SIZE = 200       # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 150000  # the size `benches run` times: records

NAMES = ["ada", "grace", "alan", "edsger", "barbara", "donald", "niklaus", "john",
         "frances", "ken", "dennis", "guido", "bjarne", "james", "larry", "yukihiro"]


def make_text(n):
    parts = []
    for i in range(n):
        name = NAMES[i % len(NAMES)]
        if i % 3 == 0:
            parts.append("%d,%s,%.2f, %s \n" % (i, name.capitalize(), i * 1.25, name[::-1]))
        elif i % 3 == 1:
            parts.append("{},{},{:.2f}, {} \n".format(i, name.upper(), i / 3.0, name * 2))
        else:
            parts.append(f"{i},{name.title()},{i % 97:.2f}, {name.center(12, '*')} \n")
    return "".join(parts)


def checksum(s):
    h = 0
    for ch in s[::7]:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def bench(n):
    text = make_text(n)
    total_len = len(text)
    fields_total = 0
    amount = 0.0
    upper_names = 0
    words = []
    for line in text.splitlines():
        fields = line.split(",")
        fields_total += len(fields)
        amount += float(fields[2])
        name = fields[1]
        if name.isupper():
            upper_names += 1
        tail = fields[3].strip().replace("*", "").lower()
        words.append(tail)
    joined = "|".join(words)
    found = 0
    pos = joined.find("guido")
    while pos != -1:
        found += 1
        pos = joined.find("guido", pos + 1)
    rebuilt = "".join(w[:3] + str(len(w)) for w in words)
    starts = sum(1 for w in words if w.startswith(("ad", "ja", "ke")))
    parts = joined.split("|")
    lengths = sorted(set(len(p) for p in parts))
    pieces = text.replace("\n", ";").split(";")[:-1]
    mid = " ".join(p.strip().partition(",")[2].rpartition(",")[0] for p in pieces[:50])
    return "str_ops %d %d %.2f %d %d %d %d %d %s %d %d" % (
        total_len, fields_total, amount, upper_names, found, len(rebuilt), checksum(rebuilt),
        starts, lengths, checksum(mid), joined.count("an"))


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    iterations = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    for i in range(iterations):
        t0 = time.perf_counter()
        result = bench(size)
        t1 = time.perf_counter()
        if len(sys.argv) > 2:
            sys.stderr.write("bench-iteration: %d %.9f\n" % (i + 1, t1 - t0))
    print(result)


if __name__ == "__main__":
    main()
