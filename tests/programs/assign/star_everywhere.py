# Star expressions everywhere: unpacking targets, displays, calls with several * and **, and the
# errors CPython gives for each
a, *b, c = range(6)
print(a, b, c)
*d, = "xyz"
print(d)
[e, *f] = (1,)
print(e, f)
(g, *h), i = [1, 2, 3], 4
print(g, h, i)
for j, *k in [(1, 2, 3), (4,)]:
    print(j, k)
x, *y = iter({"only": 1})
print(x, y)
first, *_, last = "a long string"
print(first, last)
l = [0, 0, 0]
l[0], *l[1:] = [9, 8, 7, 6]
print(l)
class O: pass
o = O()
o.p, *o.q = 1, 2, 3
print(o.p, o.q)
print([*range(3), *"ab", *[None]], (*"xy",), {*[1, 1, 2], *(3,)})
print({**{"a": 1}, "b": 2, **{"a": 3}}, {**{}}, dict(**{"k": 1}, j=2))
print(*[1, 2], *(3,), sep="-")
print([*[], *()], (*[],), [*{"k": 0}])
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4, 5), x=1, **{"y": 2}, z=3, **{"w": 4}))
print(f(*"ab", *b"c", **{}, **dict(q=1)))
def g(x, y=0, *, z=0):
    return x, y, z
print(g(*[1], **{"z": 5}), g(**{"x": 1, "y": 2}))
# generator unpacking order and laziness
def gen():
    print("gen start")
    yield 1
    yield 2
print(f(*gen(), *gen()))
# errors
tests = [
    "a, b = [1]",
    "a, b = [1, 2, 3]",
    "a, *b, c = [1]",
    "a, b = 1",
    "*a, b = None",
    "f(**{'x': 1}, x=2)",
    "f(x=1, **{'x': 2})",
    "f(**{'x': 1}, **{'x': 2})",
    "g(1, **{'x': 2})",
    "g(*[1, 2, 3])",
    "g(**{1: 2})",
    "f(**[1])",
    "f(*1)",
    "f(**None)",
    "[*1]",
    "{**[1]}",
    "{**1}",
    "(*None,)",
    "print(*5)",
    "g(**{'q': 1})",
    "dict(**{'a': 1}, a=2)",
]
for src in tests:
    try:
        exec(src)
        print("ok:", src)
    except (TypeError, ValueError) as e:
        print(f"{src:30} -> {type(e).__name__}: {e}")
class NotMapping:
    def keys(self): return ["k"]
    def __getitem__(self, key): return "value of " + key
print(f(**NotMapping()), {**NotMapping()})
class KeysOnly:
    def keys(self): return [1]
    def __getitem__(self, key): return key
try:
    f(**KeysOnly())
except TypeError as e:
    print("TypeError:", e)
class Method:
    def m(self, a): return a
try:
    Method().m(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    Method().m(**{"self": 1})
except TypeError as e:
    print("TypeError:", e)
try:
    len(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    max(**{"key": None}, key=len)
except TypeError as e:
    print("TypeError:", e)
# syntax errors involving stars
for src in ["*a = [1]", "a, *b, *c = x", "print(*)", "f(**)", "[**a]", "*a", "del *a", "(*a) = 1",
            "x = *a", "f(x for x in y, 1)", "f(a=1, *b)", "f(**a, *b)", "f(**a, b)", "f(a=1, b)",
            "a += *b,", "return *a", "def f(): return *a, 1", "for *x in y: pass", "*a, *b = c",
            "x = [*a for a in b]", "x = {**a for a in b}", "f(a for a in b for c in d, e)",
            "lambda *: 0", "def f(*, **k): pass", "def f(*): pass", "def f(**k, a): pass"]:
    try:
        compile(src, "<star>", "exec")
        print("compiles:", src)
    except SyntaxError as e:
        print(f"{src:30} -> SyntaxError: {e.msg}")
