# Scoping of comprehensions and assignment expressions: walrus binds in the enclosing function,
# class-body comprehensions cannot see class names (except the first iterable), iteration
# variables do not leak, nested comprehensions
def f():
    data = [1, 2, 3, 4]
    evens = [y for x in data if (y := x * 2) > 4]
    print(evens, y)
    total = 0
    sums = [total := total + x for x in data]
    print(sums, total)
    print([x for x in range(3)], "x" in locals())
    any((last := v) > 2 for v in data)
    print(last)
f()
class K:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
    try:
        bad = [b * len(base) for b in base]
    except NameError as e:
        err = str(e)
    pairs = [(a, b) for a in base for b in range(a)]
print(K.doubled, K.err, K.pairs)
def nested():
    matrix = [[i * j for j in range(3)] for i in range(3)]
    flat = [v for row in matrix for v in row if v]
    inner_scope = [[k for k in range(i)] for i in range(3)]
    return matrix, flat, inner_scope
print(nested())
x = "global x"
def shadow():
    x = "local x"
    return [x for _ in range(1)], [(lambda: x)() for _ in range(1)]
print(shadow())
gen = (i for i in range(3))
print(list(gen), list(gen))
def closures():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(closures())
print({k: v for k, v in zip("abc", range(3)) if v}, {c for c in "hello"} == set("helo"))
def walrus_in_while():
    items = [1, 2, 3]
    out = []
    while (n := len(items)) > 1:
        out.append(items.pop())
    return out, n
print(walrus_in_while())
if (m := 10) > 5:
    print("m is", m)
print([(yy := i) for i in range(2)], yy)
for src in ["[i := 0 for i in range(2)]", "[j for j in range(2) if (j := 1)]", "class C:\n    [(z := 1) for _ in range(1)]",
            "def f():\n    [[(q := 1) for _ in range(1)] for q in range(2)]", "(a := 1, b := 2)", "x = (y := 1)", "a := 1",
            "def f(a := 1): pass", "f(x := 1)", "[x for x in (y := [1])]", "lambda: (z := 1)", "print((i := 1) for i in range(3))"]:
    try:
        compile(src, "<w>", "exec")
        print("compiles", repr(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
