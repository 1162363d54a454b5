# The descriptor protocol: data vs non-data precedence, __getattribute__ overrides, __getattr__
# fallback, __setattr__/__delattr__, __delete__, descriptors on metaclasses, AttributeError messages
class NonData:
    def __get__(self, obj, objtype=None):
        return f"nondata({None if obj is None else type(obj).__name__}, {objtype.__name__})"
class Data:
    def __get__(self, obj, objtype=None):
        return "data"
    def __set__(self, obj, value):
        print("Data.__set__", value)
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class DelOnly:
    def __delete__(self, obj):
        print("DelOnly.__delete__")
class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DelOnly()
c = C()
print(c.nd, C.nd, c.d, C.d)
c.__dict__["nd"] = "instance wins over non-data"
c.__dict__["d"] = "instance loses to data"
print(c.nd, c.d)
c.d = 5
c.so = 6
print(type(c.so).__name__, "so" in c.__dict__)
c.__dict__["so"] = "inst"
print(c.so)
del c.do
try:
    c.do = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.so
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.d
except AttributeError as e:
    print("AttributeError:", e)
# a descriptor stored in the instance dict is not invoked
c.__dict__["inst_desc"] = NonData()
print(type(c.inst_desc).__name__)
# __get__ called with obj=None when accessed on the class
class Rec:
    def __get__(self, obj, objtype=None):
        print("get", type(obj).__name__, objtype)
        return self
class H:
    r = Rec()
H.r
H().r is H.__dict__["r"]
# __getattribute__ override sees everything; __getattr__ only on AttributeError
class Spy:
    cls_attr = "ca"
    def __init__(self): self.inst = "i"
    def __getattribute__(self, name):
        print("getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(f"no {name}")
s = Spy()
print(s.inst, s.cls_attr, s.dynamic)
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(s, "missing", "default"), hasattr(s, "dynx"))
class RaisesInGetattribute:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError("not attribute error")
        raise AttributeError(name)
    def __getattr__(self, name):
        return "fallback " + name
r = RaisesInGetattribute()
print(r.anything)
try:
    r.boom
except KeyError as e:
    print("KeyError propagates:", e)
# property raising AttributeError triggers __getattr__
class PropFallback:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr " + name
print(PropFallback().p)
# __setattr__ and __delattr__
class Guarded:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        if name.startswith("_"):
            raise AttributeError(f"cannot set {name}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
g = Guarded()
g.a = 1
try:
    g._b = 2
except AttributeError as e:
    print("AttributeError:", e)
del g.a
try:
    del g.a
except AttributeError as e:
    print("AttributeError:", e)
print(g.log)
setattr(g, "via_setattr", 3)
delattr(g, "via_setattr")
print(g.log[-2:])
# object.__setattr__ on builtins, types; attribute error messages
for target, name in [(1, "x"), ("s", "upper"), ([], "append"), (object(), "x")]:
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    int.foo = 1
except TypeError as e:
    print("TypeError:", e)
try:
    object.__setattr__(int, "foo", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    del C.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print("TypeError:", e)
# data descriptor on metaclass beats class dict; non-data loses
class MetaD(type):
    md = Data()
    mnd = NonData()
class K(metaclass=MetaD):
    md = "class value"
    mnd = "class value"
print(K.md, K.mnd)
K.md = 9
# functions are non-data descriptors: instance dict shadows methods
class Shadow:
    def m(self): return "method"
sh = Shadow()
sh.m = lambda: "instance lambda"
print(sh.m(), Shadow.m(sh))
del sh.m
print(sh.m())
# __get__ via type(desc), not instance attribute
class InstGet:
    pass
ig = InstGet()
ig.__get__ = lambda *a: "should not be used"
class UsesIG:
    x = ig
print(UsesIG.x is ig)
# property with setter/deleter and error messages
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): "the v"; return self._v
    @v.setter
    def v(self, val): self._v = val
    ro = property(lambda self: 1)
print(P.v.__doc__, P().v)
p = P()
p.v = 3
print(p.v)
try:
    p.ro = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.v
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.ro
except AttributeError as e:
    print("AttributeError:", e)
# classmethod/staticmethod descriptors
class CM:
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(x): return x * 2
class CM2(CM): pass
print(CM.c(), CM2.c(), CM2().c(), CM.s(2), CM().s(3))
print(CM.__dict__["c"].__get__(None, CM2)(), CM.__dict__["s"].__get__(None, CM)(5))
print(type(CM.__dict__["c"].__func__).__name__, CM.__dict__["s"].__func__(4))
# __getattr__ on a module-level class used by hasattr with exceptions other than AttributeError
class Weird:
    def __getattr__(self, n):
        raise ValueError("weird " + n)
try:
    hasattr(Weird(), "x")
except ValueError as e:
    print("ValueError:", e)
# bound method identity and attributes
class BM:
    def f(self): pass
b = BM()
print(b.f == b.f, b.f is b.f, b.f.__self__ is b, b.f.__func__ is BM.f, BM.f.__qualname__)
