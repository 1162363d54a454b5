# Argument unpacking at call sites with * and **
def f(a, b, c=0, *rest, d=1, **kw):
    return a, b, c, rest, d, kw
print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2], **{"d": 9}))
print(f(*"ab", c="C", **{"x": "X"}))
print(f(**{"a": 1, "b": 2}))
print(f(*range(3), *range(3, 5), d=0, **{"e": 1}, **{"g": 2}))
print(f(*iter([7, 8])))
def gen():
    yield 1
    yield 2
print(f(*gen()))
d = {"b": 2, "a": 1}
print(f(**d))
print(f(*[10], **{"b": 20}))
print(f(*{5: "x", 6: "y"}))
args = (1, 2)
kwargs = {"d": 4}
print(f(*args, *args, **kwargs))
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
matrix = [[1, 2], [3, 4], [5, 6]]
print([list(col) for col in zip(*matrix)])
print(max(*[3, 7, 2]), "{}-{}".format(*"xy"), "{a}/{b}".format(**{"a": 1, "b": 2}))
def pass_through(*args, **kwargs):
    return f(*args, **kwargs)
print(pass_through(1, 2, 3, 4, d=5, z=6))
print(print(*[], sep="never"))
