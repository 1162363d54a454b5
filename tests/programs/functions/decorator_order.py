# Decorator expressions are evaluated top to bottom before the decorated body/defaults, and applied
# bottom to top; any expression may be a decorator (PEP 614)
def trace(name):
    print("evaluate decorator", name)
    def apply(obj):
        print("apply", name, "to", getattr(obj, "__name__", obj))
        return obj
    return apply
def default(v):
    print("evaluate default", v)
    return v
@trace("outer")
@trace("inner")
def f(a=default(1), *, b=default(2)) -> trace("annotation") and None:
    pass
@trace("c-outer")
@trace("c-inner")
class C(print("evaluate base") or object, metaclass=(print("evaluate metaclass") or type)):
    print("class body")
buttons = [type("B", (), {"clicked": type("S", (), {"connect": staticmethod(lambda fn: (print("connect", fn.__name__), fn)[1])})})]
@buttons[0].clicked.connect
def handler(): pass
@(lambda fn: (print("lambda decorator"), fn)[1])
def g(): pass
@trace("x") if True else None
def h(): pass
class K:
    @staticmethod
    @trace("on staticmethod's function")
    def s(): return "s"
    @property
    @trace("on property getter")
    def p(self): return "p"
print(K.s(), K().p, handler.__name__, g.__name__)
def returns_none(fn):
    return None
@returns_none
def gone(): pass
print(gone)
try:
    @5
    def bad(): pass
except TypeError as e:
    print("TypeError:", e)
