# Lambda expressions
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(5), add(1), add(1, 2), add(b=0, a=3))
print(square.__name__, (lambda: 0).__name__)
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda: "no args")())
print((lambda x: (lambda y: x + y))(10)(5))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ["+", "-", "*"]:
    print(sym, ops[sym](7, 3))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(100) for f in fs])
late = [lambda x: x + i for i in range(3)]
print([f(100) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3))
cond = lambda n: "big" if n > 100 else "small"
print(cond(5), cond(500))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda *, k=1: k)(), (lambda a, *r: r)(1, 2, 3))
k = lambda: None
print(k(), k.__qualname__, k.__defaults__)
print(add.__defaults__)
try:
    square()
except TypeError as e:
    print(type(e).__name__, e)
