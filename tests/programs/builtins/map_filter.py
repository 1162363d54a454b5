print(list(map(abs, [-1, 2, -3])))
print(list(map(str, range(4))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [5, 2], [7, 100])))
m = map(len, ['a', 'bb', 'ccc'])
print(next(m))
print(list(m), list(m))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(filter(None, [0, 1, '', 'a', [], [0], None, False, True, 0.0, 2.5])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, ['1', 'a', '22', '3b'])))
print(list(filter(None, ())))
f = filter(lambda x: x > 2, [1, 5, 2, 7])
print(next(f), next(f))
try:
    next(f)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    filter(None, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filter(3, [1]))
except TypeError as e:
    print(type(e).__name__, e)
calls = []


def noisy(x):
    calls.append(x)
    return x * 10


m = map(noisy, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(map(lambda *a: a, 'ab', 'cd', 'ef')))
print(sorted(map(lambda kv: kv[1], {'a': 3, 'b': 1}.items())))
print(list(map(int, '1 2 3'.split())))
