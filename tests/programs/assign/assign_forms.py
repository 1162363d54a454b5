# Every assignment form, and the order things are evaluated in
log = []
def v(x, tag):
    log.append(tag)
    return x
class Box:
    def __init__(self): self.__dict__["attrs"] = {}
    def __setattr__(self, k, val):
        log.append("setattr " + k)
        self.attrs[k] = val
    def __getattr__(self, k):
        log.append("getattr " + k)
        return self.attrs[k]
class Seq:
    def __init__(self): self.d = {}
    def __setitem__(self, k, val):
        log.append(f"setitem {k!r}")
        self.d[k] = val
    def __getitem__(self, k):
        log.append(f"getitem {k!r}")
        return self.d[k]

# chained assignment: value first, then targets left to right
b = Box(); s = Seq()
v(b, "obj").x = v(s, "seq")[v("k", "key")] = v(7, "value")
print(log, b.attrs, s.d); log.clear()

# tuple targets: value, then each target
v(b, "o1").p, v(s, "o2")[v(0, "i")] = v((1, 2), "rhs")
print(log); log.clear()

# augmented assignment evaluates the target's parts once
s.d["n"] = 10
v(s, "seq")[v("n", "key")] += v(5, "inc")
print(log, s.d["n"]); log.clear()
b.count = 1
v(b, "obj").count *= 3
print(log, b.attrs["count"]); log.clear()

# nested and starred unpacking
(a, (b2, c), *rest), d = [1, [2, 3], 4, 5], "d"
print(a, b2, c, rest, d)
first, *middle, last = "abcdef"
print(first, middle, last)
*init, tail = range(3)
print(init, tail)
[x, [y, *z]] = (1, (2, 3, 4))
print(x, y, z)
head, *_ = [9]
print(head, _)
for i, (j, *k) in [(1, (2, 3, 4)), (5, (6,))]:
    print(i, j, k)

# swap and rotation
p, q, r = 1, 2, 3
p, q, r = r, p, q
print(p, q, r)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, "set"
print(i, lst)

# slice assignment and deletion
L = list(range(10))
L[2:5] = ["a"]
L[::3] = [None] * len(L[::3])
del L[-1:]
print(L)
L[1:1] = "xyz"
print(L)
del L[::2]
print(L)

# attribute, subscript, and slice targets in for loops and with
class NS: pass
ns = NS()
for ns.attr in range(3): pass
print(ns.attr)
d = {}
for d["k"] in "ab": pass
print(d)
class CM:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): return False
with CM() as (m1, m2):
    print(m1, m2)
with CM() as ns.pair:
    print(ns.pair)

# walrus in various places
if (n := len("hello")) > 3:
    print("n =", n)
while (chunk := [1, 2][:0]):
    pass
print(chunk, [(w := i * 2) for i in range(3)], w)
print((lambda: (t := 5))(), "t" in globals())

# annotated assignments
count: int = 0
name: str
print(__annotations__)
class Ann:
    a: int = 1
    b: "list[int]"
    def f(self): pass
print(Ann.__annotations__, Ann.a, hasattr(Ann, "b"))
def local_ann():
    x: int = 5
    y: str
    return x
print(local_ann())

# del of various targets
g1 = 1
del g1
try:
    g1
except NameError as e:
    print(e)
obj = NS(); obj.a = 1; obj.b = 2
del obj.a, obj.b
print(vars(obj))
dd = {"a": 1, "b": 2}
del dd["a"]
print(dd)
try:
    del dd["zz"]
except KeyError as e:
    print("KeyError", e)
(aa, bb) = 1, 2
del (aa, bb)
print("aa" in dir())

# unpacking errors
for bad in ["a, b = 1, 2, 3", "a, b = [1]", "a, *b, c = [1]", "a, b = 5", "a, = []"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# augmented assignment on globals, nonlocals, attributes of builtins
total = 0
def add_global(k):
    global total
    total += k
add_global(3); add_global(4)
print(total)
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
inc = counter()
inc(); inc()
print(inc())
s = "ab"
s *= 3
print(s)
fz = frozenset({1})
fz |= {2}
print(sorted(fz))
