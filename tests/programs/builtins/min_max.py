print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max((7, 8)))
print(min('hello'), max('hello'), min(['b', 'a', 'c']))
print(min([1.5, 1, 2]), max(1, 1.0), max(1.0, 1), min(1, True), min(True, 1))
print(min([3, -4, 2], key=abs), max([3, -4, 2], key=abs))
print(max(['aa', 'b', 'cc', 'd'], key=len), min(['aa', 'b', 'cc', 'd'], key=len))
print(max([], default=None), min([], default='empty'), max([1], default=5))
print(min(2, 1, key=lambda x: -x))
print(max({1: 'a', 5: 'b', 3: 'c'}), max({'x': 1, 'y': 2}.items()))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]))
print(max(range(0)[::-1] or [0]))
for args in [([],), ((),), ('',)]:
    try:
        min(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    min(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min([1], bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
pairs = [(1, 'first'), (1, 'second'), (0, 'third'), (0, 'fourth')]
print(min(pairs, key=lambda p: p[0]), max(pairs, key=lambda p: p[0]))
print(max([float('-inf'), -1e308]), min([float('inf'), 1e308]))
print(max(-0.0, 0.0), min(0.0, -0.0), max(0.0, -0.0))
print(max(x * x for x in range(-5, 3)))
print(min(iter([9, 8, 7])))
print(max([1, 2], [1, 2, 0]), min('abc', 'abd', 'ab'))
print(max([3, 1], key=None))
