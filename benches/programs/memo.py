"""Dict-heavy work: memoization with dicts keyed by ints, tuples and strings.

Memoized recursive counts (lattice paths, integer partitions, edit
distance), a dict-based LRU-free cache decorator, and a graph of dicts
walked breadth-first.
"""
import sys
import time

SMALL_SIZE = 20     # the size `cargo test` checks against CPython's output
DEFAULT_SIZE = 400  # the size `benches run` times


def memoize(f):
    cache = {}

    def wrapper(*args):
        try:
            return cache[args]
        except KeyError:
            value = cache[args] = f(*args)
            return value
    wrapper.cache = cache
    return wrapper


@memoize
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


def lattice_paths(w, h):
    memo = {}
    for x in range(w + 1):
        for y in range(h + 1):
            if x == 0 or y == 0:
                memo[x, y] = 1
            else:
                memo[x, y] = memo[x - 1, y] + memo[x, y - 1]
    return memo[w, h], len(memo)


def edit_distance(a, b):
    memo = {}

    def d(i, j):
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == 0:
            r = j
        elif j == 0:
            r = i
        elif a[i - 1] == b[j - 1]:
            r = d(i - 1, j - 1)
        else:
            r = 1 + min(d(i - 1, j), d(i, j - 1), d(i - 1, j - 1))
        memo[key] = r
        return r
    return d(len(a), len(b))


def word(i, length):
    letters = "etaoinshrdlu"
    out = []
    for _ in range(length):
        out.append(letters[i % len(letters)])
        i = (i * 7 + 3) // 2
    return "".join(out)


def graph_walk(n):
    graph = {}
    for i in range(n):
        node = "n%d" % i
        graph[node] = {"n%d" % ((i * 3 + 1) % n): 1, "n%d" % ((i * 7 + 2) % n): 2,
                       "n%d" % ((i + 1) % n): 3}
    dist = {"n0": 0}
    frontier = ["n0"]
    while frontier:
        nxt = []
        for node in frontier:
            for other, w in graph[node].items():
                nd = dist[node] + w
                if other not in dist or nd < dist[other]:
                    dist[other] = nd
                    nxt.append(other)
        frontier = nxt
    return sum(dist.values()), max(dist.values())


def bench(n):
    partitions.cache.clear()
    p = partitions(n, n)
    paths, cells = lattice_paths(n, n)
    e = 0
    for i in range(n // 10 + 1):
        e += edit_distance(word(i, 30 + i % 7), word(i + 5, 28 + i % 5))
    g = graph_walk(n * 40)
    return "memo p(%d)=%d paths=%d cells=%d edits=%d graph=%s cache=%d" % (
        n, p, paths % 1000000007, cells, e, g, len(partitions.cache))


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
