"""Integer and list work: sieves of Eratosthenes, by loops and by slices.

Index loops over a list of flags, slice assignment, a segmented sieve and
sums over the primes found.
"""
import sys
import time

SMALL_SIZE = 1000       # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 3000000  # the size `benches run` times: the sieve bound


def sieve_loops(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return flags


def sieve_slices(n):
    flags = bytearray([1]) * (n + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return flags


def segmented(n, segment=4096):
    limit = int(n ** 0.5) + 1
    base = [p for p, f in enumerate(sieve_loops(limit)) if f]
    count = 0
    low = 0
    while low <= n:
        high = min(low + segment, n + 1)
        seg = [True] * (high - low)
        for p in base:
            start = max(p * p, (low + p - 1) // p * p)
            for m in range(start, high, p):
                seg[m - low] = False
        for k in range(high - low):
            if seg[k] and low + k >= 2:
                count += 1
        low = high
    return count


def bench(n):
    flags = sieve_loops(n)
    primes = [i for i, f in enumerate(flags) if f]
    by_slices = sum(sieve_slices(n // 2))
    twins = sum(1 for a, b in zip(primes, primes[1:]) if b - a == 2)
    return "primes<=%d: %d sum=%d last=%d twins=%d; <=%d: %d; segmented %d" % (
        n, len(primes), sum(primes), primes[-1], twins, n // 2, by_slices, segmented(n // 4))


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
