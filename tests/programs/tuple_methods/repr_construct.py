print((), (1,), (1, 2), ('a',), ((),), ((1,),), (None,), ([],), 1,)
x = 1,
y = ()
z = (1)
print(x, y, z, type(x).__name__, type(z).__name__)
print(tuple('ab'), tuple([1, [2]]), tuple(range(3)), tuple(), tuple((1,)))
print(repr((1, 'two', 3.0, None, True)), str(('x', "y'z")), ((1, 2), (3, (4, (5,)))))
print((1, 2) + (3,), (1,) * 3, 2 * ('a', 'b'), () * 10, (0,) * 0, (1, 2) * -1)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) * (2,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
t *= 2
print(t)
a, b, c = (1, 2, 3)
print(a, b, c)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
first, *mid, last = (1, 2, 3, 4, 5)
print(first, mid, last)
nested = ([1, 2], 'x')
nested[0].append(3)
print(nested)
print(tuple(x * 2 for x in range(4)))
print(len(()), len((None,)), bool(()), bool((0,)))
