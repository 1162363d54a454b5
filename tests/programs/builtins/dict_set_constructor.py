print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}), dict([('x', 1)], z=3))
print(dict(zip(range(3), 'abc')), dict([[1, 2], (3, 4), 'ab']), dict({1: 2}, **{'s': 3}))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict([(1, 'a'), (1, 'b')]))
for bad in [[1, 2], [(1, 2, 3)], ['abc'], 5]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([([1], 2)])
except TypeError as e:
    print(type(e).__name__, e)
print(set(), set([3, 1, 2, 3]), set('aaa'), set(range(5)), set({4: 'x', 2: 'y'}))
print(frozenset(), frozenset([1, 2, 2]), frozenset(range(3)), frozenset('z'))
fs = frozenset([1])
print(frozenset(fs) is fs, set(fs), type(set(fs)).__name__)
for bad in [5, None]:
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([{}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(set([1, 1.0, True]), set([0, False, 0.0]), dict([(1, 'int'), (1.0, 'float'), (True, 'bool')]))


class KV:
    def keys(self):
        return ['p', 'q']

    def __getitem__(self, k):
        return k * 2


print(dict(KV()), dict(KV(), p='override'))
