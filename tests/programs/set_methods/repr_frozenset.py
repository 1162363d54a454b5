print(set(), {1}, {1, 2}, {3, 2, 1}, frozenset(), frozenset({1}), frozenset([2, 1]))
print(repr(set()), str({5}), [set(), frozenset()], {frozenset({1}): {2}})
print({(1, 2), (0, 5)}, {None}, {True}, {1.5, -2.5}, {frozenset({frozenset()})})
fs1 = frozenset([1, 2, 3])
fs2 = frozenset([3, 2, 1])
print(fs1 == fs2, hash(fs1) == hash(fs2), hash(frozenset()) == hash(frozenset()))
print(hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({-1, 0})))
d = {fs1: 'abc', frozenset(): 'empty'}
print(d[fs2], d[frozenset()], frozenset({3, 1, 2}) in d)
s = {fs1, fs2, frozenset([1])}
print(len(s), sorted(sorted(x) for x in s))
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print({1} in [{1}], fs1 in {fs1}, {1, 2, 3} in {fs1})
r = set()
print(r == set(), r == frozenset(), set() == {}, type({}).__name__)
print(frozenset(range(5)), set(range(-3, 3)))
print(len(frozenset('aab')), bool(frozenset()), bool(frozenset([0])))
