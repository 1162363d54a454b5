l = ['a', 'b', 'c', 'b', 'a', 'b']
print(l.index('b'), l.index('b', 2), l.index('b', 4), l.index('a', -2), l.index('b', -100, 3))
print(l.index('c', 0, 3), l.index('b', 1, -1))
for args in [('z',), ('c', 3), ('c', 0, 2), ('a', 1, 4), ('a', 10)]:
    try:
        l.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print(l.count('b'), l.count('z'), [].count(1), [1, 1.0, True, 2].count(1), [[1], [1]].count([1]))
print([None, None].count(None), [float('nan')].count(float('nan')))
n = float('nan')
print([n].count(n), [n].index(n), n in [n])
try:
    l.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.index('a', 'x')
except TypeError as e:
    print(type(e).__name__, e)
print(3 in [1, 2, 3], 4 not in [1, 2, 3], [1] in [[1], 2], 'a' in ['abc'])


class Eq:
    def __eq__(self, other):
        return other == 5


print([1, 5, 7].index(Eq()), [Eq(), 5].count(5), Eq() in [4, 5])
