from _functools import _lru_cache_wrapper

class CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))
    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % tuple(self)

calls = []
def sq(x):
    calls.append(x)
    return x * x

c = _lru_cache_wrapper(sq, 2, False, CacheInfo)
print(c(1), c(2), c(1), c(3), c(2), c(1))
print(calls, c.cache_info())
c.cache_clear()
print(c.cache_info(), c(2), c.cache_info())

u = _lru_cache_wrapper(sq, None, False, CacheInfo)
for x in [1, 2, 1, 1, 3, 2]:
    u(x)
print(u.cache_info())
z = _lru_cache_wrapper(sq, 0, False, CacheInfo)
z(1); z(1)
print(z.cache_info())
neg = _lru_cache_wrapper(sq, -5, False, CacheInfo)
neg(1); neg(1)
print(neg.cache_info())

t = _lru_cache_wrapper(lambda x: type(x).__name__, 10, True, CacheInfo)
print(t(1), t(1.0), t(True), t.cache_info())
nt = _lru_cache_wrapper(lambda x: type(x).__name__, 10, False, CacheInfo)
print(nt(1), nt(1.0), nt(True), nt.cache_info())

def kw(a, b=0, **k):
    return (a, b, sorted(k.items()))
kc = _lru_cache_wrapper(kw, 100, False, CacheInfo)
print(kc(1), kc(1, b=2), kc(1, b=2), kc(a=1), kc(1, 0), kc.cache_info())

def fib(n):
    return n if n < 2 else fibc(n - 1) + fibc(n - 2)
fibc = _lru_cache_wrapper(fib, None, False, CacheInfo)
print(fibc(80), fibc.cache_info())

class A:
    def m(self, x):
        return (type(self).__name__, x)
    m = _lru_cache_wrapper(m, 8, False, CacheInfo)
a = A()
print(a.m(1), a.m(1), A.m.cache_info(), A.m is A.__dict__['m'])
print(c.__copy__() is c, c.__deepcopy__({}) is c)
c.__qualname__ = 'sq'
print(c.__reduce__(), type(c).__name__)
c.extra = 5
print(c.__dict__)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print('hash', self.v)
        return hash(self.v)
    def __eq__(self, o):
        print('eq', self.v)
        return self.v == o.v
hc = _lru_cache_wrapper(lambda h: h.v, 4, False, CacheInfo)
print(hc(H(1)), hc(H(1)), hc.cache_info())
for t in ['_lru_cache_wrapper(1, 2, 3, 4)', '_lru_cache_wrapper(print, "a", False, None)', '_lru_cache_wrapper()', 'u([])']:
    try:
        print(t, '->', eval(t))
    except TypeError as e:
        print(t, '!!', e)
