"""Generators and iterator chains: pipelines of generator functions and expressions.

Producers, filters, windows and reducers chained through generator
functions, `yield from`, generator expressions, send(), and the built-in
iterators (zip, enumerate, map, filter, reversed).
"""
import sys
import time

SMALL_SIZE = 300       # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 500000  # the size `benches run` times: items through each pipeline


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def collatz_len(x):
    steps = 0
    while x != 1:
        x = x // 2 if x % 2 == 0 else 3 * x + 1
        steps += 1
    return steps


def keep(pred, it):
    for x in it:
        if pred(x):
            yield x


def pairs(it):
    it = iter(it)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x


def window_sums(it, k):
    buf = []
    total = 0
    for x in it:
        buf.append(x)
        total += x
        if len(buf) > k:
            total -= buf.pop(0)
        if len(buf) == k:
            yield total


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def tree(depth, label):
    if depth == 0:
        return label
    return [tree(depth - 1, label * 2), label, tree(depth - 1, label * 2 + 1)]


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def bench(n):
    evens = keep(lambda x: x % 3 != 0, count_up(n))
    squares = (x * x % 1009 for x in evens)
    s1 = sum(window_sums(squares, 7))

    diffs = sum(b - a for a, b in pairs(map(collatz_len, range(1, n // 10 + 2))))
    c = 0
    for i, chunk in enumerate(chunks(range(n), 13)):
        c += i * len(chunk) + chunk[-1]

    depth = 3
    while (1 << (depth + 1)) < n // 4:
        depth += 1
    flat = list(flatten(tree(depth, 1)))
    s2 = sum(x for x in flat if x & 1) - len(flat)

    avg = averager()
    next(avg)
    last = 0
    for x in filter(lambda v: v % 7, reversed(range(n // 2))):
        last = avg.send(x)

    z = sum(a * b for a, b in zip(range(n // 3), range(n // 3, 0, -1)))
    return "generators %d %d %d %d %d %d %d" % (s1, diffs, c, len(flat), s2, last, z)


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
