"""Recursion: the Takeuchi function and Ackermann's function.

Deep, call-dominated recursion on small integers (after Gabriel's Lisp
benchmarks).
"""
import sys
import time

SMALL_SIZE = 1      # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 150  # the size `benches run` times: rounds of tak(18, 12, z) and ack(2, m)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def bench(n):
    t = a = 0
    for i in range(n):
        t += tak(18, 12, 6 + i % 3)
        a += ack(2, 100 + i % 50)
    return "tak/ack rounds=%d tak=%d ack=%d" % (n, t, a)


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
