"""Closures and higher-order functions: function factories, composition, folds, decorators.

Functions returning functions over cells (including `nonlocal` updates),
lambdas passed to map/filter/sorted, a pure-Python reduce, currying and
decorator wrappers with *args/**kwargs forwarding.
"""
import sys
import time

SMALL_SIZE = 200       # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 350000  # the size `benches run` times


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


def adder(k):
    return lambda x: x + k


def multiplier(k):
    def mul(x):
        return x * k
    return mul


def reduce(f, items, initial):
    acc = initial
    for x in items:
        acc = f(acc, x)
    return acc


def curry(f, arity):
    def curried(*args):
        if len(args) >= arity:
            return f(*args)
        return lambda *more: curried(*(args + more))
    return curried


def counter():
    count = 0

    def incr(step=1):
        nonlocal count
        count += step
        return count
    return incr


def counted(f):
    calls = [0]

    def wrapper(*args, **kwargs):
        calls[0] += 1
        return f(*args, **kwargs)
    wrapper.calls = calls
    return wrapper


@counted
def weighted(a, b, weight=1):
    return a * weight + b


def make_accumulators(n):
    return [(lambda i: (lambda x: x * i + 1))(i) for i in range(n)]


def bench(n):
    pipeline = compose(adder(3), multiplier(7), adder(-2), lambda x: x % 1000)
    s1 = sum(map(pipeline, range(n)))

    add3 = curry(lambda a, b, c: a + 2 * b + 3 * c, 3)
    s2 = 0
    for i in range(n // 4):
        s2 += add3(i)(i + 1)(i + 2) + add3(i, 1)(2)

    incr = counter()
    for i in range(n):
        if i % 3:
            incr()
        else:
            incr(step=2)
    s3 = incr(0)

    s4 = reduce(lambda acc, x: (acc * 31 + x) % 1000003, range(n), 7)

    s5 = 0
    for i in range(n // 2):
        s5 += weighted(i, 3, weight=i % 5) + weighted(1, i)

    accs = make_accumulators(50)
    s6 = 0
    for i in range(n // 50):
        for f in accs:
            s6 += f(i)

    words = ["w%d" % ((i * 7919) % 1000) for i in range(n // 10)]
    ordered = sorted(words, key=lambda w: (len(w), w[::-1]))
    s7 = sum(len(w) for w in filter(lambda w: w.endswith("7"), ordered))
    return "closures %d %d %d %d %d %d %s %s %d" % (
        s1, s2, s3, s4, s5, s6, ordered[0], ordered[-1], s7) + " calls=%d" % weighted.calls[0]


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
