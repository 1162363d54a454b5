# Starred targets collect the remaining items into a list
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "ab"
print(a, mid, z)
*everything, = (1, 2, 3)
print(everything)
*nothing, = ()
print(nothing)
h, *t = range(1)
print(h, t, type(t).__name__)
x, *y = (1, 2)
print(x, y)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
for head, *tail in [(1, 2, 3), (4,), "xy"]:
    print(head, tail)
def g():
    yield from range(5)
one, *two, three = g()
print(one, two, three)
print([*range(3), *"ab"], (*[1], *[2, 3]), {**{"a": 1}, "b": 2})
print(*[1, 2], *(3,), sep="-")
s = {*(1, 2), *[2, 3]}
print(s)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, *c, d = range(2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b = 5
except TypeError as e:
    print(type(e).__name__, e)
k = [1, 2, 3]
k[0], *k[1:] = ["A", "B", "C", "D"]
print(k)
