# list.sort / sorted follow CPython's timsort: same comparisons, same
# partial results when a comparison raises, stable reverse sorting.
calls = [0]


class K:
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        calls[0] += 1
        return self.v < other.v

    def __repr__(self):
        return '%d/%d' % (self.v, self.i)


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed


g = lcg(7)
for n in [0, 1, 2, 3, 10, 33, 64, 65, 200, 1000]:
    for mod in [5, 1000]:
        data = [next(g) % mod for _ in range(n)]
        calls[0] = 0
        ks = [K(v, i) for i, v in enumerate(data)]
        ks.sort()
        a = calls[0]
        calls[0] = 0
        rs = sorted([K(v, i) for i, v in enumerate(data)], reverse=True)
        b = calls[0]
        print(n, mod, a, b, [k.i for k in ks][:12], [k.i for k in rs][:12])
runs = list(range(50)) + list(range(100, 50, -1)) + [7] * 20 + list(range(30))
calls[0] = 0
ks = [K(v, i) for i, v in enumerate(runs)]
ks.sort()
print('runs', calls[0], [k.i for k in ks][:25])


class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 13 or other.v == 13:
            raise ValueError('boom')
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


for n in [10, 50, 100, 300]:
    for rev in [False, True]:
        data = [Bad((i * 37) % n) for i in range(n)]
        try:
            data.sort(reverse=rev)
        except ValueError as e:
            print(n, rev, e, data[:40])
mixed = [3, 1, 'a', 2]
try:
    mixed.sort()
except TypeError as e:
    print(e, mixed)
mixed = [5, 4, 3, 2, 1, 0, None, 7, 8]
try:
    mixed.sort()
except TypeError as e:
    print(e, mixed)


def key_fails(x):
    if x == 3:
        raise KeyError(x)
    return x


lst = [5, 1, 3, 2]
try:
    lst.sort(key=key_fails, reverse=True)
except KeyError as e:
    print('key error', repr(e), lst)
lst = [1, 2, 3]


def grows(x):
    lst.append(x)
    return x


try:
    lst.sort(key=grows)
except ValueError as e:
    print(e, lst)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3, 1, 2], reverse=1), sorted('hello'), sorted([1.5, -2, True, 0]))
print(sorted([float('nan'), 1.0, 0.5, float('nan'), -1.0, 3.0, 2.0]))
print(sorted([{1, 2}, {1}, {3}, {2, 3}, set(), {1, 2, 3}]))
for bad in [None, 'x', 2.5, 10 ** 30]:
    try:
        sorted([2, 1], reverse=bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for call in [lambda: sorted(), lambda: sorted([1], [2]), lambda: [].sort(1), lambda: [].sort(key=1, x=2),
             lambda: sorted([1], foo=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return NotImplemented
    def __gt__(self, o):
        print('gt', self.v, o.v)
        return self.v > o.v
    def __repr__(self): return 'A%d' % self.v
print(sorted([A(2), A(1), A(3)]))
print(sorted([(A(2), 1), (A(1), 2)]))
print(sorted([(1, A(2)), (1, A(1))]))
class B(A): pass
print(sorted([A(2), B(1)]))
