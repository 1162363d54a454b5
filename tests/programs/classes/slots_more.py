# __slots__ corners: __weakref__ slot, empty slots, layout conflicts, dict-less errors, slots with
# default class attributes via descriptors, __slots__ as list/dict/iterator, multiple inheritance
class A:
    __slots__ = ["x", "y"]
a = A()
for attempt in ["a.z = 1", "a.x", "print(a.__dict__)", "a.__weakref__", "del a.y"]:
    try:
        exec(attempt)
        print(attempt, "ok")
    except AttributeError as e:
        print(attempt, "->", "AttributeError:", e)
a.x = 1
print(a.x, A.__slots__, type(A.__slots__).__name__)
class WithDictSlots:
    __slots__ = {"p": "doc of p", "q": None}
print(WithDictSlots.p.__doc__, WithDictSlots.q.__doc__, sorted(WithDictSlots.__slots__))
class Gen:
    __slots__ = iter(("m", "n"))
g = Gen()
g.m = 1
print(g.m, sorted(k for k in Gen.__dict__ if k in "mn"))
class WR:
    __slots__ = ("__weakref__", "v")
w = WR()
print(w.__weakref__, hasattr(w, "__dict__"))
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
# inheriting: subclass without __slots__ gets a __dict__ again
class Child(A):
    pass
c = Child()
c.z = 3
c.x = 4
print(c.__dict__, c.x)
class Child2(A):
    __slots__ = ("z",)
c2 = Child2()
c2.z = 1; c2.x = 2
print(c2.z, c2.x)
try:
    c2.w = 0
except AttributeError as e:
    print("AttributeError:", e)
# layout conflict between two slotted bases
class B1:
    __slots__ = ("a",)
class B2:
    __slots__ = ("b",)
try:
    class Both(B1, B2): pass
except TypeError as e:
    print("TypeError:", e)
class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
class BothEmpty(E1, E2): pass
print("empty slots combine", BothEmpty.__mro__[1:3] == (E1, E2))
# slot names: mangled, invalid identifiers, duplicates with class attributes
class M:
    __slots__ = ("__secret",)
print([k for k in M.__dict__ if "secret" in k])
for bad in [("1x",), ("a b",), ("",)]:
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError:", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
try:
    class WRTwice:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print("TypeError:", e)
class HasWR:
    __slots__ = ("__weakref__",)
try:
    class WRAgain(HasWR):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)
class HasD:
    __slots__ = ("__dict__",)
try:
    class DAgain(HasD):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)
# nonempty slots on int subclasses is refused, on object/Exception allowed
try:
    class BadInt(int):
        __slots__ = ("extra",)
except TypeError as e:
    print("TypeError:", e)
try:
    class BadTuple(tuple):
        __slots__ = ("extra",)
except TypeError as e:
    print("TypeError:", e)
class OkList(list):
    __slots__ = ("extra",)
ol = OkList([1])
ol.extra = 2
print(ol, ol.extra)
# member descriptor repr-ish attributes and use on wrong instance
print(A.x.__name__, A.x.__qualname__, type(A.x).__name__)
try:
    A.x.__get__(Child2.__new__(B1), B1)
except TypeError as e:
    print("TypeError:", e)
try:
    A.x.__set__(object(), 1)
except TypeError as e:
    print("TypeError:", e)
# __class__ assignment between compatible slotted layouts
class L1:
    __slots__ = ("a",)
class L2:
    __slots__ = ("a",)
class L3:
    __slots__ = ("b",)
o = L1(); o.a = 1
o.__class__ = L2
print(type(o).__name__, o.a)
try:
    o.__class__ = L3
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
class Plain2: pass
p = Plain(); p.k = 1
p.__class__ = Plain2
print(type(p).__name__, p.k)
try:
    p.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
# __dict__ and __slots__ together, vars() works
class DS:
    __slots__ = ("s", "__dict__")
ds = DS(); ds.s = 1; ds.d = 2
print(vars(ds), ds.s)
# __slots__ and pickle-less __getstate__ default (3.11 object.__getstate__)
print(A.__dict__.get("__dict__"), "__weakref__" in A.__dict__, "__weakref__" in Plain.__dict__)
