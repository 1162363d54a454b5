# Attribute sites whose receiver is a local pushed right before: tier 1
# lends it to the site (no reference counted) and the inline-cache stub must
# not drop it; the runtime's paths (misses, megamorphic sites, properties,
# __getattr__) count it first. Counts are checked with sys.getrefcount and
# __del__ (each object's only reference is a local).
import sys
import math


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class P:
    kind = "p"

    def __init__(self, x):
        self.x = x
        self.y = x * 2

    def total(self):
        return self.x + self.y

    @property
    def double(self):
        return self.x * 2

    def __getattr__(self, name):
        return name.upper()

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def twice(x):
        return 2 * x


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


def loads(n):
    p = P(3)
    s = S()
    acc = 0
    before = sys.getrefcount(p), sys.getrefcount(s)
    for i in range(n):
        acc += p.x + p.y + s.a + s.b     # dict and slot members
        acc += len(p.kind)               # class attribute
        acc += p.total()                 # method: the receiver becomes self
        acc += p.double                  # property: runtime path
        acc += len(p.missing)            # __getattr__: runtime path
        f = p.total                      # bound method object
        acc += f()
        acc += int(math.pi)              # module attribute
    del f
    after = sys.getrefcount(p), sys.getrefcount(s)
    print("loads", acc, before == after)


def stores(n):
    p = P(1)
    s = S()
    before = sys.getrefcount(p), sys.getrefcount(s)
    for i in range(n):
        p.x = i
        p.z = i * 2              # a new attribute, then an existing one
        s.a = i
        p.tag = Noisy("tag%d" % i) if i % 700 == 0 else None
    after = sys.getrefcount(p), sys.getrefcount(s)
    print("stores", p.x, p.z, s.a, before == after)


def megamorphic(objs, rounds):
    total = 0
    for _ in range(rounds):
        for o in objs:
            total += o.v       # one site, many classes
            o.v = o.v          # store back
    return total


freed = []


class Counted:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        freed.append(self.i)


def only_local(n):
    # Each receiver's only reference is the local `o`: dropped by mistake,
    # it would be freed too early (or crash); never dropped, never freed.
    out = []
    for i in range(n):
        o = Counted(i)
        o.extra = i
        out.append(o.i + o.extra)
        if i % 500 == 0:
            print("alive", o.i, "freed before it", len(freed), freed[-1:] if freed else None)
        del o
    return len(out), out[-1], len(freed)


def class_receivers(n):
    # The receiver is a class held by a local: class methods get it as
    # their first argument (it moves up a slot), static methods and class
    # attributes do not.
    cls = P
    made = None
    acc = 0
    before = sys.getrefcount(cls)
    for i in range(n):
        made = cls.make(i)
        acc += cls.twice(i) + len(cls.kind)
        acc += made.total()
        sub = made.make
        acc += sub(1).x
    del sub
    last = made.x
    del made
    print("class receivers", acc, last, before == sys.getrefcount(cls))


print(loads(5) or "", end="")
class_receivers(5)
class_receivers(2500)
loads(3000)
stores(2100)
classes = [type("K%d" % k, (), {"__init__": lambda self, k=k: setattr(self, "v", k)}) for k in range(12)]
objs = [c() for c in classes]
print(megamorphic(objs, 200))
print(only_local(1500))
print("end")
