# Instance construction and super(): __new__/__init__ argument checks, __init__ returning a value,
# super() forms and errors, __class__ cell, classmethods with super, object.__new__ corners
def attempt(label, f):
    try:
        r = f()
        print(label, "->", r if isinstance(r, (str, int, tuple, list, type(None))) else type(r).__name__)
    except Exception as e:
        print(label, "->", f"{type(e).__name__}: {e}")
class Plain: pass
attempt("Plain(1)", lambda: Plain(1))
attempt("Plain(x=1)", lambda: Plain(x=1))
class OnlyInit:
    def __init__(self, a): self.a = a
attempt("OnlyInit()", lambda: OnlyInit())
attempt("OnlyInit(1, 2)", lambda: OnlyInit(1, 2))
attempt("OnlyInit(b=1)", lambda: OnlyInit(b=1))
class OnlyNew:
    def __new__(cls, a): return super().__new__(cls)
attempt("OnlyNew(1)", lambda: OnlyNew(1))
attempt("OnlyNew()", lambda: OnlyNew())
class NewPassesArgs:
    def __new__(cls, *a): return super().__new__(cls, *a)
attempt("object.__new__ with args when __new__ overridden", lambda: NewPassesArgs(1))
class InitPassesArgs:
    def __init__(self, *a): super().__init__(*a)
attempt("object.__init__ with args when __init__ overridden", lambda: InitPassesArgs(1))
class RetInit:
    def __init__(self): return 5
attempt("__init__ returns 5", lambda: RetInit())
class RetNone:
    def __init__(self): return None
attempt("__init__ returns None", lambda: RetNone())
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object.__new__(5)", lambda: object.__new__(5))
attempt("int.__new__(str)", lambda: int.__new__(str))
attempt("int.__new__(bool, 1)", lambda: int.__new__(bool, 1))
attempt("object.__new__()", lambda: object.__new__())
attempt("type.__new__(type)", lambda: type.__new__(type))
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
attempt("MyInt(21)", lambda: (MyInt(21), type(MyInt(21)).__name__))
class MyStr(str):
    def __init__(self, v):
        super().__init__()
        self.extra = v
attempt("MyStr('a')", lambda: (MyStr("a"), MyStr("a").extra))
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.n = len(self)
attempt("MyList", lambda: (MyList([1, 2]), MyList([1, 2]).n))
# super() forms
class A:
    def who(self): return "A"
    @classmethod
    def cwho(cls): return "A.cwho(" + cls.__name__ + ")"
    @staticmethod
    def swho(): return "A.swho"
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def cwho(cls): return "B>" + super().cwho()
    def two_arg(self): return super(B, self).who()
    def unbound_super(self): return super(B, B).who(self)
    def via_lambda(self): return (lambda: super().who())()
    def via_comprehension(self): return [super().who() for _ in range(1)][0]
    def via_genexp(self): return next(super().who() for _ in range(1))
    def static_through_super(self): return super().swho()
class C(B):
    def who(self): return "C>" + super().who()
c = C()
print(c.who(), C.cwho(), c.two_arg(), c.unbound_super(), c.static_through_super())
attempt('super() in lambda', c.via_lambda)
attempt('super() in comprehension', c.via_comprehension)
attempt('super() in genexp', c.via_genexp)
def outside():
    return super().who()
attempt("super() outside class", outside)
class D:
    def nested(self):
        def inner():
            return super().__repr__()
        return inner()
    @staticmethod
    def static():
        return super().__repr__()
    def no_args_shadowed(self):
        del self
        return super().__repr__()
attempt("super() in nested function", lambda: D().nested())
attempt("super() in staticmethod", D.static)
attempt("super() with deleted self", lambda: D().no_args_shadowed())
attempt("super(int, 'x')", lambda: super(int, "x"))
attempt("super(5, 5)", lambda: super(5, 5))
attempt("super(A, C).who", lambda: super(B, C()).who())
attempt("super attribute missing", lambda: super(C, c).nonexistent)
s = super(C, c)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__, repr(s).split(" ")[0])
attempt("super(C).__get__", lambda: super(C).__get__(c).who())
# __class__ cell
class E:
    def cls(self): return __class__
    def cls_after_rebind(self):
        return __class__.__name__
class F(E): pass
print(F().cls().__name__, F().cls_after_rebind())
class G:
    __class__ = "shadow"
    def m(self): return __class__
print(G().m().__name__, G.__dict__["__class__"])
# __new__ on subclasses of builtins with keyword args
class KW(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
attempt("KW(a=1)", lambda: KW(a=1))
class T(tuple):
    def __new__(cls, *items): return super().__new__(cls, items)
attempt("T(1, 2)", lambda: T(1, 2))
attempt("tuple subclass with init args", lambda: type("TT", (tuple,), {})([1], 2))
