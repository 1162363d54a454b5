"""Unpacking and tuple shuffling: swaps, rotations, starred targets and tuple returns.

Multiple assignment, nested and starred unpacking in assignments and for
loops, functions returning tuples, argument unpacking with * and **, and
tuple comparison and indexing.
"""
import sys
import time

SMALL_SIZE = 300       # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 450000  # the size `benches run` times


def divmod_pair(a, b):
    return a // b, a % b


def stats(*values):
    lo, *mid, hi = sorted(values)
    return lo, hi, sum(mid)


def point(x, y, z=0, *, scale=1):
    return (x * scale, y * scale, z * scale)


def bench(n):
    a, b, c, d = 1, 2, 3, 4
    acc = 0
    for i in range(n):
        a, b, c, d = b, c, d, (a + i) % 1000
        a, b = b, a
        (x, y), z = (a, b), c
        acc += x * 3 + y * 2 + z - d
    q_total = 0
    for i in range(1, n // 2):
        q, r = divmod_pair(i * 7919, i % 97 + 1)
        q_total += q - r
    records = [(i, (i * 3) % 17, ("k%d" % (i % 10), i % 5)) for i in range(n // 3)]
    s1 = 0
    for i, m, (key, small) in records:
        s1 += i * m + small + len(key)
    first, *middle, last = records[:50]
    s2 = len(middle) + first[0] + last[1]
    s3 = 0
    for i in range(n // 4):
        lo, hi, mid = stats(i % 13, i % 7, i % 11, i % 5, 3)
        s3 += lo + hi * 2 + mid
    s4 = 0
    args = (1, 2)
    kwargs = {"z": 3, "scale": 2}
    for i in range(n // 4):
        px, py, pz = point(*args, **kwargs)
        qx, qy, qz = point(i, i + 1)
        s4 += px + py + pz + qx - qy + qz
    t = tuple(range(8))
    s5 = 0
    for i in range(n // 4):
        t = t[1:] + t[:1]
        h, *rest = t
        s5 += h + rest[-1] + (t > (3, 4))
    return "unpack %d %d %d %d %d %d %d %s" % (acc, q_total, s1, s2, s3, s4, s5, t)


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
