"""Float arithmetic on objects: points with sin/cos, normalisation and maxima.

Many small objects with float attributes in __slots__, created, updated in
place and compared (after the `float` benchmark of the Python suites).
"""
import sys
import time
from math import sin, cos, sqrt

SMALL_SIZE = 100       # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 500000  # the size `benches run` times
ROUNDS = 5


class Point(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def one_round(n, offset):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i + offset)
    total = 0.0
    for p in points:
        p.normalize()
        total += p.x - p.y * 0.5 + p.z
    return total, maximize(points)


def bench(n):
    results = []
    for r in range(ROUNDS):
        total, best = one_round(n // ROUNDS + 1, r)
        results.append("%r %r" % (total, best))
    return "\n".join(results)


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
