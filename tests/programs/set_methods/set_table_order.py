# Iteration order of sets follows CPython's table algorithm exactly:
# dummy reuse, resizes, constant-folded displays, and how each operation
# builds its result.
s = set(range(20))
for i in range(0, 20, 3):
    s.remove(i)
for i in [100, 3, 64, 32, -1, -32]:
    s.add(i)
print(s)
print({-1, -5, 3, 0}, {5, 1, 3}, {100, 1, 50, 8}, {-100, 100, -7, 7, -8, 8})
print({2 ** 40, 2 ** 33, 5, 2 ** 61, -2 ** 61}, {10 ** 20, -1, 2 ** 64}, {1 << 70, 3, 7 // 2, 9 % 4})
a, b, c = -1, -5, 3
print({a, b, c, 0}, {0, 3, -1, -5} == {a, b, c, 0})
for x in {9, 1, 17, 25}:
    print(x, end=' ')
print()
print([x for x in {-3, 40, 8, 16}], 8 in {1, 8, 9}, 4 not in {1, 8, 9})
t = set()
for i in [40, 8, 24, 16, 32, 0]:
    t.add(i)
t.discard(8)
t.discard(24)
t.add(48)
t.add(8)
print(t)
u = {1, 2, 3, 9, 17, 25}
u.pop()
u.pop()
print(u, u.pop(), u)
u.clear()
u.update([7, 15, 23])
print(u, u.pop())
p = set(range(0, 30, 2))
q = set(range(0, 30, 3))
print(p | q, p & q, p - q, q - p, p ^ q)
print(q | p, q & p, q ^ p)
print(p.union(q, [101, 5]), p.intersection(q, range(10)), p.difference(q, {4}), p.symmetric_difference([3, 4, 5]))
r = set(range(50))
r.intersection_update(range(0, 100, 7))
print(r)
r = set(range(50))
r.difference_update(range(0, 50, 2))
print(r)
r.symmetric_difference_update({1, 2, 3, 999})
print(r)
big = set(range(1000))
big.difference_update(range(5, 1000))
print(big)
fz = frozenset([64, 32, 0, -32])
print(fz, frozenset(fz) is fz, hash(frozenset()), hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
print(hash(frozenset({0})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print({1}.issubset([1, 2]), {1, 2}.issuperset([1]), {1}.isdisjoint([2, 3]), {1} < {1, 2}, {1, 2} >= {2})
try:
    {1}.issubset([1, []])
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == frozenset([1, 2]), {frozenset([1])} == {frozenset([1])}, {1} in [{1}], {1} in {frozenset([1])})
fs = {frozenset([1, 2])}
fs.remove({1, 2})
print(fs)
for call in [lambda: set().add(), lambda: set().pop(1), lambda: frozenset().issubset(),
             lambda: set().union(x=1), lambda: frozenset().symmetric_difference(1, 2),
             lambda: set.add(frozenset(), 1), lambda: set().pop(), lambda: {1}.remove(2),
             lambda: set(x=1), lambda: set(1, 2), lambda: frozenset(1, 2)]:
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
print(it.__length_hint__(), iter({1, 2}).__length_hint__())
print(set().__reduce__(), frozenset([1]).__reduce__(), sorted(set(range(5)).__reduce__()[1][0]))
