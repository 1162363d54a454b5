# functools: cache/lru_cache statistics and typed keys, cached_property, partial/partialmethod reprs and nesting, wraps, reduce errors, cmp_to_key.
import functools
from functools import cache, cached_property, lru_cache, partial, partialmethod, reduce, wraps

@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x

for v in (1, 2, 1, 3, 1, 2):
    sq(v)
print(sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())

@lru_cache(typed=True)
def ident(x):
    print("ident", repr(x))
    return x
ident(1); ident(1.0); ident(True); ident(1)
print(ident.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
print(lru_cache(None)(lambda: 1).cache_parameters())
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)

class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        print("computing total")
        return sum(range(self.n))

d = Data(5)
print(d.total, d.total, "total" in d.__dict__)
del d.total
print(d.total)
d.total = 99
print(d.total, type(Data.__dict__["total"]).__name__, Data.total.attrname)

class Slotted:
    __slots__ = ("n",)
    @cached_property
    def value(self):
        return 1
try:
    Slotted().value
except TypeError as e:
    print("TypeError:", e)

def power(base, exp, *, mod=None):
    return pow(base, exp, mod)

p = partial(power, 2)
p2 = partial(p, mod=7)
print(p(10), p2(10), p2.func is power, p2.args, p2.keywords, repr(p2).replace(hex(id(power)), "ADDR")[:60])
print(repr(partial(max, 1, key=abs)))
print(partial(print, sep="|")(1, 2) if False else "skip", partial(int, base=2)("101"))
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

class Cell:
    def __init__(self):
        self.state = None
    def set(self, value):
        self.state = value
    on = partialmethod(set, True)
    off = partialmethod(set, False)

c = Cell()
c.on()
print(c.state, end=" ")
c.off()
print(c.state)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@deco
def documented(x: int) -> int:
    "The doc."
    return x
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, documented(3))

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
for bad in (lambda: reduce(lambda a, b: a, []), lambda: reduce(lambda a, b: a, 5), lambda: reduce(1, [1, 2])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(3) == K(3), type(K(1)).__name__)
