# Megamorphic sites (more receiver types than a site keeps) use the shared
# table: each invalidation case is tried after the sites are warm, and a
# site that settles on one type after a megamorphic phase is cached again.
import sys


def make_classes(n):
    classes = []
    for k in range(n):
        def m(self, k=k):
            return self.x * 10 + k
        ns = {"m": m, "c": k * 100, "kind": "plain"}
        if k % 3 == 1:
            ns["p"] = property(lambda self, k=k: self.x + 1000 * k)
        cls = type("C%d" % k, (), ns)
        classes.append(cls)
    return classes


classes = make_classes(12)


def build():
    objs = []
    for i, cls in enumerate(classes):
        o = cls()
        o.x = i
        objs.append(o)
    return objs


def loads(objs):
    t = 0
    for o in objs:
        t += o.x + o.m() + o.c
    return t


def stores(objs, v):
    for o in objs:
        o.y = v
    return sum(o.y for o in objs)


def props(objs):
    out = []
    for o in objs:
        try:
            out.append(o.p)
        except AttributeError as e:
            out.append(type(e).__name__)
    return out


objs = build()
for _ in range(300):
    a = loads(objs)
    b = stores(objs, 3)
    c = props(objs)
print(a, b, c)

# a method replaced on one class
classes[4].m = lambda self: -1
print(loads(objs))
# a class attribute replaced, then shadowed by an instance attribute
classes[5].c = 7
objs[6].c = 1
print(loads(objs))
# __getattr__ added: a missing attribute now answers
del objs[7].x
classes[7].__getattr__ = lambda self, name: 99 if name == "x" else 0
print(loads(objs))
# a data descriptor added over an instance attribute
classes[8].x = property(lambda self: 5000)
print(loads(objs))
# __setattr__ added: stores go through it
classes[9].__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 2)
print(stores(objs, 4))
# __class__ changed
objs[10].__class__ = classes[11]
print(loads(objs), props(objs))
# an attribute deleted: the site raises
del objs[0].x
try:
    loads(objs)
except AttributeError as e:
    print("AttributeError", e)
objs[0].x = 0
# a base class changed under a subclass
class Base:
    def m(self):
        return 1


class Sub(Base):
    c = 0


s = Sub()
s.x = 1
mixed = objs + [s]
print(loads(mixed))
Base.m = lambda self: 5
print(loads(mixed), [o.m() for o in mixed][-4:])


# modules and classes as receivers at megamorphic sites
import math, os.path, string


def first_attr(things, name):
    return [getattr(t, name, None) for t in things]


def mod_loads(mods):
    return [m.__name__ for m in mods]


mods = [math, string, sys, os.path] + classes
for _ in range(200):
    r = mod_loads(mods)
print(r[:4], r[-1])
math.__name__ = "renamed"
print(mod_loads(mods)[:4])
math.__name__ = "math"


# after a megamorphic phase, one type for a long time: still right
def phase(objs, n):
    t = 0
    for _ in range(n):
        for o in objs:
            t += o.x
    return t


print(phase(objs, 200))
one = [objs[1]] * 50
print(phase(one, 2000))
objs[1].x = 11
print(phase(one, 10))
