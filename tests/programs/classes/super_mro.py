# C3 MRO, cooperative super() in all its forms
class A:
    def who(self): return ["A"]
    @classmethod
    def cwho(cls): return ["A:" + cls.__name__]
    @staticmethod
    def swho(): return ["A static"]
class B(A):
    def who(self): return ["B"] + super().who()
    @classmethod
    def cwho(cls): return ["B:" + cls.__name__] + super().cwho()
class C(A):
    def who(self): return ["C"] + super().who()
    @classmethod
    def cwho(cls): return ["C:" + cls.__name__] + super().cwho()
class D(B, C):
    def who(self): return ["D"] + super().who()
    @classmethod
    def cwho(cls): return ["D:" + cls.__name__] + super().cwho()
print([k.__name__ for k in D.__mro__])
print(D().who())
print(D.cwho(), D().cwho())
print(super(B, D()).who())
print(super(C, D).cwho())
print(super(D, D()).swho())
s = super(B, D())
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)

class E(D):
    def __init__(self):
        super().__init__()
        self.tag = "E"
    def who(self):
        f = lambda: super(E, self).who()
        return ["E"] + f()
print(E().who(), E().tag)

# super() with no arguments in a nested function fails
class F:
    def m(self):
        def inner():
            return super().m()
        return inner()
try:
    F().m()
except RuntimeError as e:
    print("RuntimeError:", e)
except TypeError as e:
    print("TypeError:", e)

# super() in __new__ and __init_subclass__
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
class Sub1(Base, tag="one"): pass
class Sub2(Sub1): pass
print(Base.registry, Sub2(1, 2).args)

# super() attribute access on properties and data
class P:
    @property
    def value(self): return "P.value"
    label = "P.label"
class Q(P):
    @property
    def value(self): return "Q+" + super().value
    def label_via_super(self): return super().label
print(Q().value, Q().label_via_super())

# MRO conflicts
try:
    class X(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class G1: pass
class G2: pass
class H1(G1, G2): pass
class H2(G2, G1): pass
try:
    class Z(H1, H2): pass
except TypeError as e:
    print("TypeError:", e)

# mro() and __bases__
class M1: pass
class M2(M1): pass
class M3(M1): pass
class M4(M2, M3): pass
print([c.__name__ for c in M4.mro()], [b.__name__ for b in M4.__bases__], M4.__base__.__name__)

# super() errors
try:
    super(int, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    super(1)
except TypeError as e:
    print("TypeError:", e)
class R:
    def m(self):
        return super().nothing
try:
    R().m()
except AttributeError as e:
    print("AttributeError:", e)

# classmethod calling super().__new__ via cls
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(3, 4)
print(p, p.x, type(p).__name__, isinstance(p, tuple))
