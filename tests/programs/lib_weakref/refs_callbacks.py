# weakref.ref: identity reuse, callbacks (order, argument, exceptions), hash, equality, repr
import re
import weakref

def addr_free(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", s)

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name})"

a = Node("a")
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print("same basic ref:", r1 is r2, weakref.ref(a, None) is r1)
print("call:", r1() is a, r1.__callback__)
print("count/refs:", weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r1])
print("__weakref__:", a.__weakref__ is r1)
print(type(r1), type(r1).__name__, weakref.ReferenceType is weakref.ref)

log = []
def cb1(w):
    log.append(("cb1", w is r3, w()))
def cb2(w):
    log.append(("cb2", w is r4, w()))
r3 = weakref.ref(a, cb1)
r4 = weakref.ref(a, cb2)
print("callback refs distinct:", r3 is not r1, r4 is not r3, r3.__callback__ is cb1)
print("count:", weakref.getweakrefcount(a), weakref.getweakrefs(a)[0] is r1)
h = hash(r1)
print("hash equals referent hash:", h == hash(a), hash(r3) == h)
print("eq while alive:", r1 == r3, r1 != r3, r3 == r4)
print(addr_free(repr(r1)))

def fn():
    pass
print(addr_free(repr(weakref.ref(fn))))
print(addr_free(repr(weakref.ref(Node))))

del a
print("after death:", r1(), r3(), r4(), log)
print("callback cleared:", r3.__callback__)
print("hash kept:", hash(r1) == h)
print("eq dead -> identity:", r1 == r3, r1 == r1, r1 != r3)
print(addr_free(repr(r1)))

b = Node("b")
rb = weakref.ref(b)
del b
try:
    hash(rb)
except TypeError as e:
    print("TypeError:", e)

# equality with live referents compares the referents
class Eq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
x, y = Eq(), Eq()
print("eq referents:", weakref.ref(x) == weakref.ref(y), weakref.ref(x) == x)

# exceptions in callbacks are reported, not raised
class Bad:
    def __call__(self, w):
        raise ValueError("ignored")
    def __repr__(self):
        return "<Bad callback>"
bad = Bad()
c = Node("c")
rc = weakref.ref(c, bad)
del c
print("still running", rc())

# callback order: newest callback ref first
order = []
d = Node("d")
refs = [weakref.ref(d, lambda w, i=i: order.append(i)) for i in range(4)]
del d
print("callback order:", order)

# a ref that dies first never calls back
e = Node("e")
re_ = weakref.ref(e, lambda w: print("never"))
del re_
del e
print("no callback")

# objects that cannot be weakly referenced
class Slotted:
    __slots__ = ("x",)
class SlottedWeak:
    __slots__ = ("x", "__weakref__")
class MyInt(int):
    pass
class MyList(list):
    pass
for obj in [1, "s", (1,), [1], {}, object(), 2.5, b"x", None, Slotted(), MyInt(3)]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)
for obj in [SlottedWeak(), MyList(), set(), frozenset(), len, fn, Node, weakref, (i for i in ()), Node("m").__repr__]:
    weakref.ref(obj)
    print(type(obj).__name__, "weakref-able")
print("hasattr __weakref__:", hasattr(Slotted, "__weakref__"), hasattr(SlottedWeak(), "__weakref__"), Node("z").__weakref__)

# argument errors
for args in [(), (1, 2, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    r1(1)
except TypeError as e:
    print("TypeError:", e)
try:
    r1.__callback__ = None
except AttributeError as e:
    print("AttributeError:", e)
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))
