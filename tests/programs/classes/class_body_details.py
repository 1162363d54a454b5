# Class bodies: docstrings (only a plain string literal), __qualname__/__module__ overrides,
# locals() in the body, names defined by the body, nested class qualnames, classcell handling
class A:
    f"not a docstring {1}"
    x = 1
print(A.__doc__)
class B:
    "real doc"
    __qualname__ = "Renamed"
    __module__ = "fake.module"
print(B.__doc__, B.__qualname__, B.__name__, B.__module__, repr(B))
class C:
    """doc with {braces}"""
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    snapshot = dict(locals())
print(C.__doc__, C.names, sorted(k for k in C.snapshot if k.startswith("__")))
def factory():
    class Local:
        class Inner:
            def m(self): pass
    return Local
L = factory()
print(L.__qualname__, L.Inner.__qualname__, L.Inner.m.__qualname__)
class D:
    def method(self): return __class__
    x = [i for i in range(3)]
    lam = lambda self: __class__
print(D().method() is D, D.x, D().lam() is D)
try:
    class E:
        __qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
class F:
    __doc__ = "assigned doc"
print(F.__doc__)
class G:
    del_me = 1
    del del_me
    try:
        del_me
    except NameError as e:
        err = str(e)
print(hasattr(G, "del_me"), G.err)
x = "global"
class H:
    x = "class"
    def f(self): return x
    y = [x for _ in range(1)]
print(H().f(), H.y)
class I:
    if True:
        cond = "yes"
    for i in range(3):
        pass
    while False:
        pass
    with open(__file__) as fh:
        first = fh.readline()[:10]
    try:
        raise KeyError
    except KeyError:
        caught = True
print(I.cond, I.i, I.first, I.caught, "fh" in vars(I))
class J:
    def __init_subclass__(cls, **kw): pass
    def __class_getitem__(cls, item): return item
print(type(J.__dict__["__init_subclass__"]).__name__, type(J.__dict__["__class_getitem__"]).__name__, J[3])
class K:
    @classmethod
    def __init_subclass__(cls): print("K sub", cls.__name__)
class K2(K): pass
print(K.__dict__.keys() - object.__dict__.keys() == {"__init_subclass__", "__module__", "__dict__", "__weakref__", "__qualname__"} or sorted(K.__dict__))
