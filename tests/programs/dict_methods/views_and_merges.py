# dict views' set operations, dict iteration guards, and how updates merge.
d = {1: 'a', 2: 'b', 4: 'd'}
k, i = d.keys(), d.items()
e = {1: 'x', 5: 'y', 6: 'z'}
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys(), e.keys() - k)
print(k & {2, 4, 8}, k | [10, 11], k - {1}, k ^ {1, 100}, {2, 200} & k, [1, 5] - k, (1, 5) | k)
print(i & {(1, 'a'), (9, 'q')}, sorted(i ^ e.items()), sorted(i - {(2, 'b')}), sorted({(4, 'd')} | i))
print(k == {1, 2, 4}, k == [1, 2, 4], k <= {1, 2, 4, 5}, k < {1, 2, 4}, k > {1}, k >= k)
print(k.isdisjoint({7, 8}), k.isdisjoint([1]), i.isdisjoint({(1, 'b')}), 1 in k, (1, 'a') in i, [1] in i)
print(d.values() == d.values(), list(reversed(i)), type(k ^ k).__name__)
print(k.mapping, str(k.mapping), k.mapping[1], k.mapping == d)
try:
    k.mapping |= {}
except TypeError as err:
    print(type(err).__name__, err)
x = {1: 2}
it = iter(x)
x[3] = 4
for _ in range(2):
    try:
        next(it)
    except RuntimeError as err:
        print(type(err).__name__, err)
x = {1: 2, 3: 4}
it = iter(x)
next(it)
del x[3]
x[5] = 6
print(list(it))
r = {i: i for i in range(10)}
rit = reversed(r)
print(next(rit), next(rit), rit.__length_hint__())
del r[7]
try:
    next(rit)
except RuntimeError as err:
    print(err)


class D(dict):
    def keys(self):
        return ['b']

    def __getitem__(self, key):
        return 'via getitem'


class DI(D):
    def __iter__(self):
        return iter(['b'])


src = D(a=1, b=2)
print(dict(src), dict(DI(a=1, b=2)), {}.__or__(1), {'q': 0} | src)


class M:
    def keys(self):
        return ['x', 'y']

    def __getitem__(self, key):
        return key.upper()


print(dict(M(), z=3), dict([('a', 1), 'bc'], d=4))
u = {}
u |= [('a', 1)]
u.update(M(), w=0)
print(u)
for call in [lambda: {}.update([1]), lambda: {}.update([(1, 2, 3)]), lambda: dict({}, {}),
             lambda: {}.get(), lambda: {}.get(1, x=2), lambda: {}.pop(), lambda: {}.popitem(1),
             lambda: {}.keys(1), lambda: dict.fromkeys(), lambda: {}.setdefault(), lambda: {}.popitem()]:
    try:
        print(call())
    except (TypeError, ValueError, KeyError) as err:
        print(type(err).__name__, err)
print(dict.fromkeys({3: 0, 1: 0}), dict.fromkeys(range(3), []), type(D.fromkeys('ab')).__name__)
print({}.__sizeof__(), {'a': 1}.__sizeof__(), {1: 1}.__sizeof__(), {1: 2} == {1: 2.0})
q = {i: i for i in range(8)}
for j in range(8):
    if j % 2:
        del q[j]
print(q, q.popitem(), q)
q[100] = 1
print(list(q), list(reversed(q.values())))
