# class creation hooks: class decorators, __init_subclass__ with kwargs, __set_name__,
# __class_getitem__, __mro_entries__, __orig_bases__
def register(cls):
    print("decorating", cls.__name__)
    cls.registered = True
    return cls
def replace(cls):
    return "replaced " + cls.__name__
def deco_args(**kw):
    def d(cls):
        for k, v in kw.items():
            setattr(cls, k, v)
        return cls
    return d
order = []
def trace(name):
    def d(cls):
        order.append(name)
        return cls
    return d
@register
@deco_args(a=1, b=2)
class C:
    pass
print(C.registered, C.a, C.b)
@replace
class D: pass
print(D)
@trace("outer")
@trace("inner")
class E: pass
print(order)
# __init_subclass__ with keyword arguments
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        print("init_subclass", cls.__name__, name, kw)
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls
class P1(Plugin, name="first"): pass
class P2(Plugin): pass
class P3(P1, name="third"): pass
print(sorted(Plugin.registry))
try:
    class P4(Plugin, name="x", extra=1): pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init_subclass__(cls, **kw):
        print("Base hook for", cls.__name__, kw)
class Mid(Base):
    @classmethod
    def __init_subclass__(cls, **kw):
        print("Mid hook for", cls.__name__)
        super().__init_subclass__(via="mid")
class Leaf(Mid): pass
class Implicit:
    def __init_subclass__(cls):
        print("implicit classmethod?", isinstance(cls, type), cls.__name__)
class Sub(Implicit): pass
print(type(Implicit.__dict__["__init_subclass__"]).__name__)
# __set_name__
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    x = Field()
    y = Field()
    z = 5
m = Model()
m.x = 10
print(m.x, m.y, Model.x.name, Model.y.private)
f = Field()
class Late: pass
Late.attr = f
print(hasattr(f, "name"))
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Holder:
        b = Broken()
except Exception as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
class BadSig:
    def __set_name__(self): pass
try:
    class Holder2:
        b = BadSig()
except Exception as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)
# __set_name__ looked up on the type, not the instance
class NotHook:
    pass
nh = NotHook()
nh.__set_name__ = lambda *a: print("instance attr called")
class Holder3:
    n = nh
print("no instance hook")
# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box[1, 2], Box["s"])
class SubBox(Box): pass
print(SubBox[str])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
class NoGI: pass
try:
    NoGI[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
print(list[int].__origin__, list[int].__args__)
class Explicit:
    @classmethod
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(Explicit[0])
# __mro_entries__
class Fake:
    def __mro_entries__(self, bases):
        print("mro_entries got", [type(b).__name__ for b in bases])
        return (Real,)
class Real:
    def hi(self): return "real hi"
fake = Fake()
class UsesFake(fake, object): pass
print(UsesFake.__bases__ == (Real, object), UsesFake().hi(), UsesFake.__orig_bases__[0] is fake)
class NoEntries(Real): pass
print(hasattr(NoEntries, "__orig_bases__"))
class Empty:
    def __mro_entries__(self, bases): return ()
class UsesEmpty(Empty()): pass
print(UsesEmpty.__bases__)
class BadEntries:
    def __mro_entries__(self, bases): return [Real]
try:
    class UsesBad(BadEntries()): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NotAClass(42): pass
except TypeError as e:
    print("TypeError:", e)
try:
    type("T", (Fake(),), {})
except TypeError as e:
    print("TypeError:", e)
# generic alias as base
class MyList(list[int]): pass
print(MyList.__bases__, MyList.__orig_bases__, MyList([1, 2]))
# class attributes created in order, __qualname__/__doc__/__module__
class Documented:
    "the doc"
    def method(self): "m doc"
print(Documented.__doc__, Documented.method.__doc__, Documented.__module__)
class NoDoc: pass
print(NoDoc.__doc__)
print([k for k in Documented.__dict__ if not k.startswith("__") or k in ("__doc__", "__module__", "__qualname__")])
