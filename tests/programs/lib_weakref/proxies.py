# weakref.proxy: forwarding attributes, operators and calls; ReferenceError once dead
import re
import weakref

def addr_free(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", s)

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"Vec{tuple(self.xs)}"
    def __str__(self):
        return "vec!"
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __radd__(self, other):
        return ("radd", other)
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __lt__(self, other):
        return len(self) < len(other)
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    __hash__ = None
    def __bool__(self):
        return bool(self.xs)
    def __index__(self):
        return len(self.xs)
    def norm1(self):
        return sum(abs(a) for a in self.xs)

v = Vec(1, -2, 3)
p = weakref.proxy(v)
print(type(p).__name__, weakref.proxy(v) is p, weakref.getweakrefcount(v))
print(p.xs, p.norm1(), len(p), p[0], 2 in p, list(p), str(p), bool(p))
print(p + Vec(1, 1, 1), 5 + p, p * 2, -p, p < Vec(1, 2, 3, 4), p == Vec(1, -2, 3), p != v)
print([10, 20, 30, 40][p], hex(p))
p.extra = "set through proxy"
print(v.extra)
del p.extra
print(hasattr(v, "extra"))
p[0] = 100
del p[1]
print(v.xs)
print(addr_free(repr(p)))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

pc = weakref.proxy(v, lambda w: print("proxy callback, dead:", w is pc))
print(pc is not p, weakref.getweakrefcount(v))

def add(a, b):
    return a + b
cp = weakref.proxy(add)
print(type(cp).__name__, cp(2, 3), cp.__name__)

del v
print(addr_free(repr(p)))
for action in [lambda: p.xs, lambda: len(p), lambda: p + 1, lambda: str(p), lambda: bool(p), lambda: p[0]]:
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    p.xs = 1
except ReferenceError as e:
    print("ReferenceError:", e)

# a proxy to a list forwards in-place operators to the list
class L(list):
    pass
lst = L([1])
lp = weakref.proxy(lst)
lp += [2]
print(type(lp).__name__, lst)
lp2 = weakref.proxy(lst)
lp2.append(3)
print(lst, lp2.count(3), sorted(lp2, reverse=True))
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError:", e)
