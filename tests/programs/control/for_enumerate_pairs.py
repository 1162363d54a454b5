# `for i, x in enumerate(xs)`, `for a, b in zip(xs, ys)` and `for k, v in
# d.items()`: compiled code takes the two values without the tuple the
# iterator would make. Starts, counts past the small-int
# range, exhaustion and `else`, break and continue, nested loops, items that
# are tuples, an enumerate subclass, errors raised by the inner iterator,
# generator expressions, and the references of the items.
import sys


def total(xs, start=0):
    t = 0
    for i, x in enumerate(xs, start):
        t += i * x
    return t


def first_negative(xs):
    for i, x in enumerate(xs):
        if x >= 0:
            continue
        return i
    else:
        return -1


def nested(rows):
    acc = []
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v == 0:
                break
            acc.append((r, c, v))
    return acc


def pairs_of_pairs(xs):
    out = 0
    for i, (a, b) in enumerate(xs):
        out += i + a * b
    return out


class Counting(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i * 10, x


def sub(xs):
    return [(i, x) for i, x in Counting(xs)]


def boom():
    yield 1
    yield 2
    raise ValueError("inner iterator failed")


def failing():
    seen = []
    for i, x in enumerate(boom()):
        seen.append((i, x))
    return seen


def zipped(xs, ys):
    t = 0
    for a, b in zip(xs, ys):
        t += a * b
    return t


def zip_strict(xs, ys):
    try:
        return [a + b for a, b in zip(xs, ys, strict=True)]
    except ValueError as e:
        return str(e)


def zip_three(xs):
    return [a + b + c for a, b, c in zip(xs, xs, xs)]


def zip_drops():
    it = iter(range(10))
    out = [(a, b) for a, b in zip(it, "ab")]
    return out, next(it)


def items_sum(d):
    t = 0
    for k, v in d.items():
        t += k * v
    for k, v in reversed(d.items()):
        t -= k
    return t


def items_mutated(d):
    try:
        for k, v in d.items():
            d[k + 1000] = v
    except RuntimeError as e:
        return str(e)


def items_keys_changed(d):
    try:
        for k, v in d.items():
            del d[k]
            d[k + 1] = v
    except RuntimeError as e:
        return str(e)


data = list(range(-50, 200))
res = []
for rep in range(1500):
    res = [total(data), total(data, 7), total(data, 2**62 - 3), first_negative(data[60:]),
           first_negative(data), len(nested([[1, 2, 0, 4], [5, 0], [7, 8, 9]])),
           pairs_of_pairs([(k, k + 1) for k in range(10)]), sub("abc"),
           sum(c * (i + 1) for i, c in enumerate([3, 1, 4, 1, 5])),
           zipped(data, data[3:]), zip_strict([1, 2], [3]), zip_strict([1], [2]), zip_three([1, 2]), zip_drops(),
           items_sum({k: k * 2 for k in range(20)}), items_mutated({1: 2, 3: 4}),
           items_keys_changed({1: 2, 3: 4}), [(k, v) for k, v in {"a": 1, "b": (2, 3)}.items()]]
print(res)

for rep in range(1200):
    try:
        failing()
    except ValueError as e:
        msg = str(e)
print(msg)


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        if self.n % 500 == 0:
            print("del", self.n)


def holds(n):
    kept = None
    for i, d in enumerate(D(k) for k in range(n)):
        if i == n - 1:
            kept = d
    return kept


last = holds(1501)
print("kept", last.n, sys.getrefcount(last))
del last

for i, x in enumerate(boom()):
    print(i, x)
