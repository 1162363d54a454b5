"""Float arithmetic on objects: the chaos game, drawing fractals from random affine maps.

Points are small vector objects; each step picks one of several affine
transformations with a linear congruential generator, applies it, and plots
the point into a grid (after the `chaos` benchmark of the Python suites).
"""
import sys
import time

SMALL_SIZE = 500       # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 400000  # the size `benches run` times: points per fractal

GRID = 64


class Random(object):
    """A linear congruential generator (the constants of Numerical Recipes)."""

    def __init__(self, seed):
        self.state = seed

    def next_int(self):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return self.state

    def random(self):
        return self.next_int() / 4294967296.0


class GVector(object):
    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return GVector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return GVector(self.x * k, self.y * k)

    def linear_combination(self, other, l1, l2):
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2)

    def __repr__(self):
        return "<%f, %f>" % (self.x, self.y)


class Affine(object):
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, p):
        return GVector(self.a * p.x + self.b * p.y + self.e,
                       self.c * p.x + self.d * p.y + self.f)


class Chaosgame(object):
    def __init__(self, maps, seed):
        self.maps = maps
        total = 0.0
        self.cumulative = []
        for m in maps:
            total += m.weight
            self.cumulative.append(total)
        self.total = total
        self.rng = Random(seed)
        self.minx = self.miny = 1e300
        self.maxx = self.maxy = -1e300

    def pick(self):
        r = self.rng.random() * self.total
        for i, c in enumerate(self.cumulative):
            if r < c:
                return self.maps[i]
        return self.maps[-1]

    def run(self, n):
        point = GVector(0.0, 0.0)
        points = []
        for i in range(n):
            point = self.pick().apply(point)
            if i > 20:
                points.append(point)
                if point.x < self.minx:
                    self.minx = point.x
                if point.x > self.maxx:
                    self.maxx = point.x
                if point.y < self.miny:
                    self.miny = point.y
                if point.y > self.maxy:
                    self.maxy = point.y
        grid = [[0] * GRID for _ in range(GRID)]
        width = (self.maxx - self.minx) or 1.0
        height = (self.maxy - self.miny) or 1.0
        for p in points:
            gx = int((p.x - self.minx) / width * (GRID - 1))
            gy = int((p.y - self.miny) / height * (GRID - 1))
            grid[gy][gx] += 1
        centre = GVector()
        for p in points:
            centre = centre + p
        centre = centre * (1.0 / max(1, len(points)))
        filled = sum(1 for row in grid for cell in row if cell)
        densest = max(max(row) for row in grid)
        return filled, densest, centre


FERN = [Affine(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        Affine(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        Affine(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        Affine(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07)]
SIERPINSKI = [Affine(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
              Affine(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
              Affine(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1.0)]
DRAGON = [Affine(0.824074, 0.281482, -0.212346, 0.864198, -1.882290, -0.110607, 0.787473),
          Affine(0.088272, 0.520988, -0.463889, -0.377778, 0.785360, 8.095795, 0.212527)]


def bench(n):
    lines = []
    for name, maps in (("fern", FERN), ("sierpinski", SIERPINSKI), ("dragon", DRAGON)):
        filled, densest, centre = Chaosgame(maps, 1234).run(n // 3)
        lines.append("%s filled=%d densest=%d centre=%r" % (name, filled, densest, centre))
    return "\n".join(lines)


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
