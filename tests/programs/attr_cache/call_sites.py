# Call sites: once warm, a site jumps straight into the compiled code of the
# functions it has seen. Each case warms a site, then breaks what it relies on.
import sys


def add1(x):
    return x + 1


def twice(x):
    return 2 * x


def three(a, b, c):
    return a + b + c


def kwonly(x, *, k):
    return x + k


def call_g(g, x):
    return g(x)  # one site, many callees


def warm(n, g):
    t = 0
    for i in range(n):
        t += call_g(g, i)
    return t


print("warm", warm(2000, add1))
print("other function", warm(10, twice))
print("builtin", warm(10, abs))
print("class", call_g(str, 5), call_g(float, 2))
print("lambda", warm(5, lambda v: v - 1))


class Callable:
    def __call__(self, x):
        return ("called", x)


print("callable object", call_g(Callable(), 7))
print("bound method", call_g(Callable().__call__, 8))

# __code__ replaced: same arity, then another arity, then keyword-only.
print("before code swap", warm(2000, add1))
add1.__code__ = twice.__code__
print("after code swap", warm(3, add1))
add1.__code__ = three.__code__
try:
    warm(1, add1)
except TypeError as e:
    print("TypeError:", e)
add1.__code__ = kwonly.__code__
try:
    warm(1, add1)
except TypeError as e:
    print("TypeError:", e)


# New functions at the addresses of dead ones: each closure must see its own cell.
def make(k):
    def f(x):
        return x * 100 + k
    return f


def closures(n):
    out = []
    for k in range(n):
        out.append(call_g(make(k), 1))
    return out


r = closures(3000)
print("closures", r[:3], r[-3:], sum(r))


# A global rebound while the site is warm.
def target(x):
    return x


def via_global(n):
    t = 0
    for i in range(n):
        t += target(i)
    return t


print("global", via_global(3000))


def target(x):  # noqa: F811
    return -x


print("global rebound", via_global(5))
target = len
try:
    via_global(1)
except TypeError as e:
    print("TypeError:", e)


# Methods: the bound form (receiver first) and the NULL form (module and instance functions).
class Point:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    @staticmethod
    def st(v):
        return ("static", v)

    @classmethod
    def cm(cls, v):
        return (cls.__name__, v)


def methods(ps):
    t = 0
    for p in ps:
        t += p.get()
    return t


ps = [Point(i) for i in range(3000)]
print("methods", methods(ps))
Point.get = lambda self: self.x * 2
print("method replaced", methods(ps[:4]))


class Sub(Point):
    def get(self):
        return 1000


print("subclass", methods([Sub(1), Point(3), Sub(2)]))
ps[0].get = lambda: 77777  # an instance attribute shadows the method
print("instance attribute", methods(ps[:2]))
print("static/class", [Point.st(i) for i in range(2)], [Sub.cm(i) for i in range(2)])


def static_loop(n):
    t = 0
    for i in range(n):
        t += Point.st(i)[1] + len(Sub.cm(i)[0])
    return t


print("static loop", static_loop(3000))
Point.st = staticmethod(lambda v: ("new", -v))
print("static replaced", static_loop(3))


def module_calls(n):
    t = 0
    for i in range(n):
        t += sys.getrecursionlimit() > 0
    return t


print("module function", module_calls(2500))


# Exceptions and recursion through a warm site.
def boom(x):
    if x > 2500:
        raise ValueError("boom %d" % x)
    return x


def boom_loop(n):
    t = 0
    for i in range(n):
        t += boom(i)
    return t


try:
    boom_loop(3000)
except ValueError as e:
    print("ValueError:", e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print("depth", depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)


# A generator function at a site that saw plain functions.
def gen(x):
    yield x
    yield x + 1


print("generator", warm(3, lambda v: v), list(call_g(gen, 4)))


# Classes and functions at one site: constructions go through the stub too.
class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(%r)" % (self.v,)


class Other:
    def __init__(self, v):
        self.w = -v


def build(n, k):
    out = []
    for i in range(n):
        out.append(call_g(k, i))
    return out


print("constructs", build(2500, Box)[-1], build(3, Other)[-1].w, build(3, add1)[-1] if False else build(3, twice))
Box.__init__ = lambda self, v: setattr(self, "v", v * 10)
print("init replaced", build(3, Box))


def init_with_default(self, v, extra=5):
    self.v = (v, extra)


Box.__init__ = init_with_default
print("init with default", build(2, Box))
Box.__new__ = lambda cls, v: "made by __new__ %d" % v
print("new added", build(2, Box))
del Box.__new__
try:
    build(2, Box)  # CPython keeps the class's __new__ dispatcher: object.__new__ refuses the argument
except TypeError as e:
    print("new removed: TypeError:", e)
