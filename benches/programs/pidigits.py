"""Big integers: digits of pi by Gibbons' unbounded spigot, and a few big-int identities.

Multiplication, addition and floor division of integers that grow to
thousands of digits (after the Computer Language Benchmarks Game program).
"""
import sys
import time

SMALL_SIZE = 30      # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 4000  # the size `benches run` times: digits of pi


def pi_digits(n):
    digits = []
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def factorial_digits(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    s = str(f)
    return len(s), sum(int(c) for c in s[:200])


def bench(n):
    digits = pi_digits(n)
    text = "".join(map(str, digits))
    fl, fs = factorial_digits(n // 3)
    big = 3 ** (n * 2) - 7 ** n
    return "pi[%d] ...%s sum=%d; %d! has %d digits (head sum %d); pow mod=%d bits=%d" % (
        n, text[-20:], sum(digits), n // 3, fl, fs, big % 1000000007, big.bit_length())


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
