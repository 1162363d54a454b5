# Short tuples are freed to per-length free lists and reused: a reused
# tuple must hold exactly its new items, items are released last to first,
# and nothing a tuple held may leak or die early.
import sys

log = []

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

def build(n, base):
    return tuple(range(base, base + n))

# Every length around the free lists' range, built and freed many times.
for n in range(0, 11):
    for k in range(50):
        t = build(n, k)
        assert t == tuple(range(k, k + n)), (n, k, t)
        assert len(t) == n
    print(n, t)

# Built by the BuildTuple instruction, freed, built again with other values.
def pairs(m):
    out = []
    for i in range(m):
        p = (i, str(i))
        q = (p, i * 2, None)
        out.append(q[0][1] + ":" + str(q[1]))
    return out
print(pairs(6))

# Items are released from the last to the first, when the tuple dies.
t = (D("a"), D("b"), D("c"))
del t
print(log)
log.clear()

# A __del__ that builds and frees tuples while a tuple's items are released.
class Builder:
    def __del__(self):
        junk = [(i, i) for i in range(20)]
        log.append(("built", junk[-1]))
t = (Builder(), D("x"), Builder())
del t
t2 = (1, 2, 3)
print(log, t2)
log.clear()

# A __del__ that keeps an item alive: the item survives, the tuple's storage
# is reused by later tuples without touching it.
keep = []
class Keeper:
    def __del__(self):
        keep.append(self.item)
    def __init__(self, item):
        self.item = item
t = (Keeper([1, 2]), 5)
del t
for i in range(10):
    u = (i, i + 1)
print(keep, u)

# Reference counts of items: building and unpacking neither leaks nor drops.
obj = object()
base = sys.getrefcount(obj)
for i in range(1000):
    a, b = (obj, i)
    c = (obj,)
    d = (c, obj, obj)
print(sys.getrefcount(obj) - base)
del a, b, c, d
print(sys.getrefcount(obj) - base)

# Results of enumerate, zip and dict items kept past the next step stay distinct.
kept = list(enumerate("abc"))
print(kept, kept[0] is kept[1])
z = list(zip([1, 2, 3], "xyz"))
print(z)
items = list({"k": 1, "l": 2}.items())
print(items)
it = enumerate([10, 20, 30])
first = next(it)
second = next(it)
print(first, second)

# Tuple subclasses and named tuples are not short tuples of the plain kind.
class T(tuple):
    pass
for i in range(5):
    s = T((i, i))
print(s, type(s).__name__)
from collections import namedtuple
P = namedtuple("P", "x y")
for i in range(5):
    p = P(i, -i)
print(p, p.x + p.y)

# zip gathers up to eight items on the stack, more in a vector; neither
# path leaks an item, also when an iterator raises midway.
o = object()
base = sys.getrefcount(o)
for i in range(100):
    r = list(zip([o] * 3, [o] * 3))
    r = list(zip(*([[o] * 3] * 11)))
del r
def stops():
    yield o
    raise KeyError("stop")
for i in range(10):
    try:
        list(zip([o, o], [o, o], stops()))
    except KeyError:
        pass
print(sys.getrefcount(o) - base)
print(list(zip(range(3), range(10), *[range(5)] * 9))[-1])
