# An attribute load's result as the next instruction's operand: compiled
# code takes it from the stub's return value (or, on the full path, from the
# stack), so every consumer must see the same value either way: operators,
# comparisons that branch, `is`, subscripts, stores, returns, chained loads
# (the result as the next site's receiver), calls. The sites go through
# their hits, misses, the runtime's answers (properties, __getattr__,
# deleted attributes, megamorphic and never-cacheable receivers) and a hit
# that drops the receiver's last reference.
import sys


class Noisy:
    def __init__(self, name, x):
        self.name = name
        self.x = x

    def __del__(self):
        if self.x % 500 == 0:
            print("del", self.name)


class P:
    def __init__(self, x):
        self.x = x
        self.f = x * 0.5
        self.items = [x, x + 1, x + 2]
        self.flag = x % 3 == 0
        self.none = None if x % 2 else x
        self.inner = None


class Q(P):
    @property
    def x(self):
        return self.__dict__["_x"] * 10

    @x.setter
    def x(self, v):
        self.__dict__["_x"] = v


class G:
    def __getattr__(self, name):
        return len(name)


def consumers(o):
    t = o.x + o.x * 3
    if o.x < 5:
        t += 1
    if o.flag:
        t += 100
    if o.none is None:
        t += 1000
    t += o.items[1]
    a = o.x
    t -= a
    t += int(o.f * 4.0)
    return t


def chained(o):
    return o.inner.inner.x + o.inner.x


def called(o):
    return max(o.x, 2) + len(o.items)


def returned(o):
    return o.x


def parts(z):
    return z.real * 2 + z.imag


def fresh(i):
    return Noisy("n%d" % i, i).x


def make_chain(x):
    a = P(x)
    a.inner = P(x + 1)
    a.inner.inner = P(x + 2)
    return a


objs = [P(i) for i in range(7)]
total = 0
for r in range(1500):
    for o in objs:
        total += consumers(o) + called(o) + returned(o)
print("plain", total)

chain = make_chain(4)
total = 0
for r in range(1500):
    total += chained(chain)
print("chained", total)

# Another class with a property at the same sites: the runtime answers.
mixed = objs + [Q(i) for i in range(3)]
total = 0
for r in range(800):
    for o in mixed:
        total += consumers(o) + returned(o)
print("mixed", total)

# Results of __getattr__ through the full path, then consumed.
g = G()
total = 0
for r in range(1200):
    total += returned(g) + (g.x * 2 if g.x else 0)
print("getattr", total)

# Megamorphic: many classes at one site.
classes = [type("C%d" % k, (P,), {}) for k in range(9)]
many = [c(k) for k, c in enumerate(classes)]
total = 0
for r in range(600):
    for o in many:
        total += returned(o) + consumers(o)
print("mega", total)

# Never cacheable: built-in objects' attributes.
total = 0
for r in range(1200):
    total += int(parts(3 + 4j) if r % 2 else parts(2.5j)) + parts(r)
print("builtin", total)

# A deleted attribute after the site learned it: AttributeError from the
# stub's slow path, caught; then the attribute comes back.
victim = P(2)
total = 0
msg = None
for r in range(1500):
    if r == 700:
        del victim.x
    if r == 900:
        victim.x = 40
    try:
        total += returned(victim)
    except AttributeError as e:
        total -= 1
        msg = str(e)
print("deleted", total, msg)

# A hit that drops the receiver's last reference (its __del__ runs before
# the result is used).
for i in range(1500):
    v = fresh(i)
    if i % 500 == 0:
        print("fresh", v)

# Results that are only references to the loaded value.
class Holder:
    pass


h = Holder()
h.v = object()
for i in range(1500):
    w = h.v
print("refcount", sys.getrefcount(h.v) - sys.getrefcount(w))
