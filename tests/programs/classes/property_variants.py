# property, classmethod-wrapped property (3.11), staticmethod callables, property copies and subclass docs, cached_property
class A:
    @classmethod
    @property
    def cp(cls): return f"classprop of {cls.__name__}"
    @staticmethod
    def sm(x): return x * 2
    @property
    def p(self):
        "p doc"
        return 1
    @p.setter
    def p(self, v): print("set", v)
    q = property(doc="only doc")
class B(A): pass
print(A.cp, B.cp, A.sm(2), A.__dict__["sm"](3), A.__dict__["sm"].__wrapped__.__name__, A.p.__doc__, A.q.__doc__, A.__dict__["cp"].__get__(None, B))
a = A()
a.p = 5
try:
    a.q
except AttributeError as e:
    print("AttributeError:", e)
class P2(property):
    pass
class C:
    @P2
    def x(self): "xdoc"; return 42
print(C().x, type(C.x).__name__, C.x.__doc__)
pr = property(lambda s: 1)
print(pr.__doc__, pr.fget.__name__, property().fget, hasattr(pr, "__set_name__"))
class D:
    def __init__(self): self._v = 0
    def getv(self): return self._v
    def setv(self, v): self._v = v
    def delv(self): print("deleting")
    v = property(getv, setv, delv, "the v")
d = D(); d.v = 3; print(d.v, D.v.__doc__); del d.v
print(D.v.getter(lambda s: 99).fget(None), D.v.setter(None).fset.__name__, type(D.v.deleter(None)).__name__, D.v.getter(lambda s: 0).__doc__)
import functools
class E:
    @functools.cached_property
    def expensive(self):
        print("computing"); return 7
e = E(); print(e.expensive, e.expensive, e.__dict__)
class F:
    @functools.wraps(print)
    def wrapped(self): pass
print(F.wrapped.__name__, F.wrapped.__wrapped__ is print)
sm = staticmethod(len)
print(sm("abc"), callable(sm), classmethod(len).__func__ is len, repr(staticmethod(len)).startswith("<staticmethod(<built-in function len>)"))
