# itertools recipes from the CPython docs built on the C iterators: batched, sliding windows, roundrobin, unique_everseen, powerset, reprs, copy/pickle state.
import collections
import copy
import itertools as it
import operator

def take(n, iterable):
    return list(it.islice(iterable, n))

def sliding_window(iterable, n):
    itr = iter(iterable)
    window = collections.deque(it.islice(itr, n - 1), maxlen=n)
    for x in itr:
        window.append(x)
        yield tuple(window)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = it.cycle(iter(i).__next__ for i in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))

def unique_everseen(iterable, key=None):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element

def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))

def grouper(iterable, n, fillvalue=None):
    return it.zip_longest(*[iter(iterable)] * n, fillvalue=fillvalue)

def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return it.filterfalse(pred, t1), filter(pred, t2)

print(take(5, it.count(10, 2.5)), list(sliding_window("abcde", 3)), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)), list(powerset([1, 2, 3])))
print(list(grouper("ABCDEFG", 3, "x")), [list(x) for x in partition(lambda v: v % 2, range(8))])
print(list(it.accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.pairwise("abcd")))
print(sum(1 for _ in it.permutations(range(5), 3)), list(it.product([0, 1], repeat=3))[-2:], len(list(it.combinations_with_replacement("abc", 3))))
print(repr(it.count()), repr(it.count(5, 2)), repr(it.count(1.5)), repr(it.repeat("x", 3)), repr(it.repeat(1)), repr(it.count(2, -1)))
c = it.count(3)
next(c)
print(repr(c), repr(copy.copy(c)))
cy = it.cycle("ab")
print(next(cy), next(cy), next(cy), take(3, copy.deepcopy(cy)))
ch = it.chain("ab", "cd")
next(ch)
print(list(copy.copy(ch)), list(ch))
r = it.repeat(7, 2)
print(r.__length_hint__(), list(r), r.__length_hint__(), operator.length_hint(it.repeat(0, 5)))
ts = it.tee(range(5), 3)
print(next(ts[0]), list(ts[1]), list(ts[0]), list(ts[2]), type(ts[0]).__name__)
a, b = it.tee(iter([1, 2, 3]))
a2 = copy.copy(a)
print(list(a), list(a2), list(b))
g = it.groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2), [(k, len(list(v))) for k, v in g])
print(list(it.islice(range(20), 2, None, 5)), list(it.islice("abcdef", None)), list(it.islice(it.count(), 3, 7)))
print(list(it.zip_longest("ab", [1], [], fillvalue="-")), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
