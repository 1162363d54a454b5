"""Float arithmetic in a loop: a numerical integration and a recurrence."""
import sys
import time

SMALL_SIZE = 1000       # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 5000000  # the size `benches run` times


def integrate(n):
    h = 1.0 / n
    total = 0.0
    x = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h


def logistic(steps):
    r = 3.7
    x = 0.5
    acc = 0.0
    for _ in range(steps):
        x = r * x * (1.0 - x)
        acc += x
    return acc


def bench(n):
    return "%s %s" % (round(integrate(n), 9), round(logistic(n // 2), 6))


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
