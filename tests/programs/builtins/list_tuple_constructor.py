print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}), list({3: 4}.items()))
print(list(x for x in [3, 2]), list(b'hi'), list(sorted({5, 1, 3})))
print(tuple(), tuple('ab'), tuple([1, [2]]), tuple(range(2)), tuple({'k': 'v'}.values()))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2])
l = [1, 2]
copy = list(l)
print(copy is l, copy == l)
for bad in [5, None, 1.5]:
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        tuple(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(list, ['ab', 'c'])), tuple(tuple(p) for p in ['xy']))
print(list(enumerate('ab')), list(zip('ab', 'cd')))
print(list(reversed(tuple('abc'))))
