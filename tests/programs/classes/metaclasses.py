# metaclasses: metaclass=, type subclasses with __new__/__init__/__call__, __prepare__ with a custom
# mapping, metaclass conflicts, class keyword arguments, type() with three arguments
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], sorted(kw))
        return {"injected": 42}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def describe(cls):
        return f"<{cls.__name__} tag={cls.tag}>"
class A(metaclass=Meta, tag="alpha"):
    x = 1
    def m(self): return self.x
print(type(A).__name__, A.injected, A.tag, A.describe())
a = A()
print(a.m(), type(a).__name__, isinstance(A, Meta), isinstance(a, Meta))
class B(A):
    y = 2
print(type(B).__name__, B.tag, B.describe())
try:
    a.describe()
except AttributeError as e:
    print("AttributeError:", e)
# __prepare__ returning a custom mapping: records definition order and duplicate names
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        print("ns type", type(ns).__name__)
        return cls
class O(metaclass=OrderMeta):
    b = 1
    a = 2
    def c(self): pass
    b = 3
print(O.order, O.b)
# a non-dict mapping from __prepare__
class Ns:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("ns getitem", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("ns setitem", k)
        self.d[k] = v
class NsMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return Ns()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)
class P(metaclass=NsMeta):
    v = 1
    w = v + 1
print(P.v, P.w)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 5
try:
    class Q(metaclass=BadPrep): pass
except TypeError as e:
    print("TypeError:", e)
# metaclass conflict
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1, M2): pass
class X4(X1, X2, metaclass=M3): pass
print(type(X4).__name__)
class M1b(M1): pass
class X5(X1, metaclass=M1b): pass
class X6(X5, X1): pass
print(type(X6).__name__)
# metaclass that is a plain function
def fmeta(name, bases, ns, **kw):
    print("fmeta", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 123
class F(metaclass=fmeta, flag=True):
    z = 0
print(F)
# unexpected keyword to type
try:
    class K(foo=1): pass
except TypeError as e:
    print("TypeError:", e)
# type() forms
T = type("T", (A,), {"q": 7})
print(type(T).__name__, T.q, T.tag, T.__name__, T.__qualname__, T.__module__)
print(type(5) is int, type("T2", (), {})().__class__.__name__)
for args in [("T",), ("T", (), {}, 1), (1, (), {}), ("T", [], {}), ("T", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("T", (5,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(5): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class SubB(bool): pass
except TypeError as e:
    print("TypeError:", e)
# metaclass attributes visible on class but not instances; metaclass methods vs class methods
class MM(type):
    def hello(cls): return "meta hello " + cls.__name__
    @property
    def prop(cls): return "meta prop"
class W(metaclass=MM):
    def hello(self): return "instance hello"
print(MM.hello(W), W.hello(W()), W().hello(), W.prop, hasattr(W(), "prop"))
print(MM.__mro__ == (MM, type, object), type(type) is type, type(MM) is type)
# __call__ on metaclass can bypass __init__
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self, v): print("init One", v); self.v = v
print(One(1) is One(2), One(3).v)
# __new__ returning a different type skips __init__
class Odd:
    def __new__(cls): return 5
    def __init__(self): print("never")
print(Odd())
# __instancecheck__ / __subclasscheck__ on metaclass
class Anything(type):
    def __instancecheck__(cls, o): return True
    def __subclasscheck__(cls, c): return c is int
class Any_(metaclass=Anything): pass
print(isinstance(3, Any_), isinstance("s", Any_), issubclass(int, Any_), issubclass(str, Any_))
# class body namespace: __qualname__, __module__ set, nested classes
class Outer:
    class Inner:
        def f(self): pass
    print("body module", __module__, __qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__)
