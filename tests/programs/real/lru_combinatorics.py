"""Memoization (a hand-written LRU cache and functools' caches) and itertools-heavy combinatorics."""
from __future__ import annotations

import functools
import itertools
import math
import operator
from collections import OrderedDict
from fractions import Fraction
from typing import Callable, Hashable, Iterable


class LRUCache:
    """A least-recently-used cache on an OrderedDict, with hit/miss accounting."""

    def __init__(self, capacity: int):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.data: OrderedDict[Hashable, object] = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value) -> None:
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
            self.evictions += 1

    def __contains__(self, key) -> bool:
        return key in self.data

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"LRUCache({list(self.data)}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"


def memoize(capacity: int) -> Callable:
    def deco(fn):
        cache = LRUCache(capacity)
        sentinel = object()

        @functools.wraps(fn)
        def wrapper(*args):
            value = cache.get(args, sentinel)
            if value is sentinel:
                value = fn(*args)
                cache.put(args, value)
            return value

        wrapper.cache = cache
        return wrapper

    return deco


@memoize(capacity=2048)
def partitions(n: int, largest: int | None = None) -> int:
    """Number of ways to write n as a sum of positive parts no larger than `largest`."""
    largest = n if largest is None else largest
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


@functools.lru_cache(maxsize=None)
def edit_distance(a: str, b: str) -> int:
    if not a or not b:
        return len(a) + len(b)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@functools.lru_cache(maxsize=32)
def coin_ways(amount: int, coins: tuple[int, ...]) -> int:
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


@functools.cache
def catalan(n: int) -> int:
    return 1 if n < 2 else sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


class Polynomial:
    def __init__(self, *coeffs: int):
        self.coeffs = coeffs

    @functools.cached_property
    def roots_rational(self) -> list[Fraction]:
        """Rational roots by the rational root theorem (computed once)."""
        self.computed = getattr(self, "computed", 0) + 1
        lead, const = self.coeffs[0], self.coeffs[-1]
        divisors = lambda k: [d for d in range(1, abs(k) + 1) if k % d == 0] or [1]
        cands = {Fraction(s * p, q) for p in divisors(const) for q in divisors(lead) for s in (1, -1)}
        return sorted(c for c in cands if self(c) == 0)

    def __call__(self, x):
        return functools.reduce(lambda acc, c: acc * x + c, self.coeffs, 0)


def derangements(n: int) -> int:
    return sum(1 for p in itertools.permutations(range(n)) if all(i != v for i, v in enumerate(p)))


def queens(n: int) -> list[tuple[int, ...]]:
    return [p for p in itertools.permutations(range(n))
            if len({p[i] + i for i in range(n)}) == n == len({p[i] - i for i in range(n)})]


def subset_sums(items: Iterable[int], target: int) -> list[tuple[int, ...]]:
    items = sorted(items)
    return [c for r in range(1, len(items) + 1) for c in itertools.combinations(items, r) if sum(c) == target]


def run_length(s: str) -> str:
    return "".join(f"{len(list(g))}{k}" for k, g in itertools.groupby(s))


def look_and_say(start: str = "1") -> Iterable[str]:
    s = start
    while True:
        yield s
        s = run_length(s)


def primes() -> Iterable[int]:
    composites: dict[int, list[int]] = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


def main():
    print("== hand-written LRU ==")
    c = LRUCache(3)
    for k in "abcab":
        c.put(k, k.upper())
    print(c, c.get("a"), c.get("z", "?"))
    c.put("d", "D")
    print(c, "b" in c, "c" in c, len(c))
    try:
        LRUCache(0)
    except ValueError as e:
        print("ValueError:", e)
    print([partitions(n) for n in range(1, 21)])
    print("partitions(60) =", partitions(60), "|", repr(partitions.cache)[:60], "...")
    print("cache size", len(partitions.cache), "hits", partitions.cache.hits, "misses", partitions.cache.misses,
          "evictions", partitions.cache.evictions, "| wrapped name", partitions.__name__, partitions.__doc__[:22])

    print("== functools caches ==")
    pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]
    for a, b in pairs:
        print(f"  edit_distance({a!r}, {b!r}) = {edit_distance(a, b)}")
    print("  ", edit_distance.cache_info())
    print("  coin ways 100 (US):", coin_ways(100, (50, 25, 10, 5, 1)), coin_ways.cache_info())
    coin_ways.cache_clear()
    print("  after clear:", coin_ways.cache_info(), "| uk 200p:", coin_ways(200, (200, 100, 50, 20, 10, 5, 2, 1)))
    print("  catalan:", [catalan(n) for n in range(15)], catalan.cache_info().currsize)
    p = Polynomial(2, -3, -11, 6)  # (2x - 1)(x + 2)(x - 3)
    print("  roots:", p.roots_rational, p.roots_rational is p.roots_rational, p.computed, "p(5) =", p(5))
    print("  partial:", functools.partial(int, base=2)("101101"), functools.reduce(operator.mul, range(1, 11)))
    key = functools.cmp_to_key(lambda a, b: (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b))
    print("  cmp_to_key:", sorted(["ccc", "a", "bb", "aa", "b"], key=key))

    print("== counting ==")
    print("  derangements:", [derangements(n) for n in range(1, 8)], "vs n!/e:", [round(math.factorial(n) / math.e) for n in range(1, 8)])
    print("  queens:", [len(queens(n)) for n in range(1, 9)], "first 8x8:", queens(8)[0])
    print("  comb/perm:", math.comb(10, 3), math.perm(10, 3), len(list(itertools.combinations(range(10), 3))), len(list(itertools.permutations(range(10), 3))))
    print("  multisets:", len(list(itertools.combinations_with_replacement("abcd", 3))), math.comb(4 + 3 - 1, 3))
    print("  subsets summing to 10:", subset_sums([1, 2, 3, 4, 5, 6], 10))
    dice = Fraction(sum(1 for r in itertools.product(range(1, 7), repeat=3) if sum(r) == 10), 6 ** 3)
    print("  P(3 dice sum to 10) =", dice, float(dice))
    grid_paths = sum(1 for p in itertools.product("RD", repeat=8) if p.count("R") == 4)
    print("  lattice paths 4x4:", grid_paths, math.comb(8, 4))

    print("== itertools tour ==")
    print("  accumulate:", list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6])), list(itertools.accumulate([3, 1, 4, 1, 5], max)),
          list(itertools.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
    print("  chain:", list(itertools.chain("ab", [1, 2], (None,))), list(itertools.chain.from_iterable(["xy", "z"])))
    print("  islice/count/cycle:", list(itertools.islice(itertools.count(10, 3), 5)), "".join(itertools.islice(itertools.cycle("abc"), 7)),
          list(itertools.islice(range(100), 5, 20, 4)))
    print("  repeat/starmap:", list(itertools.repeat("x", 3)), list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
    print("  take/drop while:", list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
    print("  compress/filterfalse:", list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(lambda x: x % 2, range(10))))
    print("  zip_longest:", list(itertools.zip_longest("abc", [1, 2], fillvalue="-")))
    print("  pairwise:", list(itertools.pairwise("abcd")), [b - a for a, b in itertools.pairwise([1, 4, 9, 16, 25])])
    a, b = itertools.tee(iter([1, 2, 3]))
    print("  tee:", list(a), list(b), list(a))
    words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
    print("  groupby sorted:", {k: list(g) for k, g in itertools.groupby(sorted(words), key=lambda w: w[0])})
    print("  groupby unsorted:", [(k, len(list(g))) for k, g in itertools.groupby(words, key=lambda w: w[0])])
    print("  product:", ["".join(p) for p in itertools.product("ab", "xy", "12")])
    print("  permutations:", ["".join(p) for p in itertools.permutations("abc")], list(itertools.permutations(range(3), 2))[:4])
    print("  look-and-say:", list(itertools.islice(look_and_say(), 8)))
    print("  primes:", list(itertools.islice(primes(), 20)), "1000th:", next(itertools.islice(primes(), 999, None)))
    twin = [(p, q) for p, q in itertools.pairwise(itertools.takewhile(lambda x: x < 200, primes())) if q - p == 2]
    print("  twin primes < 200:", len(twin), twin[-3:])
    batches = [list(itertools.islice(it, 4)) for it in itertools.repeat(iter(range(10)), 3)]
    print("  manual batches:", batches)
    try:
        list(itertools.islice("abc", -1))
    except ValueError as e:
        print("  ValueError:", e)
    try:
        next(itertools.permutations([1, 2], -1))
    except ValueError as e:
        print("  ValueError:", e)


if __name__ == "__main__":
    main()
