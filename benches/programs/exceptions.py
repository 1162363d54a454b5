"""Exceptions in hot paths: raising, catching, filtering and chaining inside loops.

try/except/else/finally in tight loops, a small exception hierarchy with
arguments, exceptions raised by the runtime (KeyError, ValueError,
ZeroDivisionError, IndexError, StopIteration), re-raising, `raise from`,
and context managers that swallow or pass exceptions.
"""
import sys
import time

SMALL_SIZE = 300       # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 400000  # the size `benches run` times


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, key)
        self.key = key


class Invalid(AppError):
    pass


class Suppress(object):
    def __init__(self, *kinds):
        self.kinds = kinds
        self.count = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.count += 1
            return True
        return False


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise Invalid(text) from e


def checked_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1
    finally:
        pass


def deep(n):
    if n == 0:
        raise AppError("bottom")
    return deep(n - 1)


def bench(n):
    table = {i: i * 2 for i in range(0, 100, 3)}
    found = missing = 0
    for i in range(n):
        try:
            found += lookup(table, i % 100)
        except NotFound as e:
            missing += e.key
    good = bad = chained = 0
    texts = ["12", "x7", "-3", "", "40", "0x1"]
    for i in range(n // 2):
        try:
            good += parse(texts[i % len(texts)])
        except Invalid as e:
            bad += 1
            if isinstance(e.__cause__, ValueError):
                chained += 1
    divs = 0
    for i in range(n):
        divs += checked_div(i, i % 4)
    idx = 0
    items = [1, 2, 3]
    for i in range(n // 2):
        try:
            idx += items[i % 5]
        except IndexError:
            idx -= 1
        else:
            idx += 1
    stops = 0
    for i in range(n // 10):
        it = iter(range(i % 3))
        while True:
            try:
                stops += next(it)
            except StopIteration:
                break
    s = Suppress(ZeroDivisionError, KeyError)
    for i in range(n // 2):
        with s:
            if i % 2:
                1 // 0
            else:
                {}[i]
    depth_hits = 0
    for i in range(n // 100):
        try:
            deep(20)
        except AppError as e:
            depth_hits += len(e.args[0])
    reraised = 0
    for i in range(n // 10):
        try:
            try:
                raise Invalid(i)
            except AppError:
                reraised += 1
                raise
        except Invalid as e:
            reraised += e.args[0] % 3
    return "exceptions %d %d %d %d %d %d %d %d %d %d %d" % (
        found, missing, good, bad, chained, divs, idx, stops, s.count, depth_hits, reraised)


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
