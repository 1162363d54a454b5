# Private name mangling: attributes, methods, class-level names, globals, imports, nested classes,
# names with trailing underscores, dunder names, and classes whose names start with underscores
__module_private = "module level"
class Foo:
    __cls_attr = 1
    def __init__(self):
        self.__x = 10
        self.__y__ = "dunder not mangled"
        self._single = "single"
    def __private_method(self):
        return "private method"
    def call(self):
        return self.__private_method(), self.__x, Foo.__cls_attr
    def read_global(self):
        try:
            return __module_private
        except NameError as e:
            return f"NameError: {e}"
    def getattr_string(self):
        return getattr(self, "__x", "no plain __x"), getattr(self, "_Foo__x")
    def keyword_arg(self, **kw):
        return kw
    def call_kw(self):
        return self.keyword_arg(__k=1)
    def comprehension(self):
        return [self.__x for _ in range(2)], (lambda: self.__x)()
    def local_names(self):
        __local = 5
        return sorted(locals())
f = Foo()
print(sorted(k for k in vars(f)), sorted(k for k in vars(Foo) if "Foo" in k or "private" in k))
print(f.call(), f._Foo__x, f.__y__, f.getattr_string(), f.call_kw(), f.comprehension(), f.local_names())
print(f.read_global())
try:
    f.__x
except AttributeError as e:
    print("AttributeError:", e)
class _Under:
    def __m(self): return "m"
    def go(self): return self.__m()
class __Dunder:
    def __m(self): return "m2"
    def go(self): return self.__m()
class ___:
    __a = 1
print(_Under().go(), [k for k in vars(_Under) if "m" in k and "module" not in k], __Dunder().go(),
      [k for k in vars(__Dunder) if k.endswith("__m")], [k for k in vars(___) if "a" in k and not k.startswith("__")])
class Outer:
    __o = "outer private"
    class __Inner:
        __i = "inner private"
        def get(self): return self.__i
    def make(self):
        return self.__Inner().get(), self.__o
print(Outer().make(), [k for k in vars(Outer) if "Inner" in k])
class Sub(Foo):
    def peek(self):
        try:
            return self.__x
        except AttributeError as e:
            return f"AttributeError: {e}"
    def peek_parent(self):
        return self._Foo__x
print(Sub().peek(), Sub().peek_parent())
class WithSlots:
    __slots__ = ("__s", "t")
    def __init__(self): self.__s = 1
print([k for k in WithSlots.__slots__], sorted(k for k in vars(WithSlots) if "s" in k and not k.startswith("__")))
class ImportMangling:
    import os.path as __p
    def get(self): return self.__p.__name__
print(ImportMangling().get(), [k for k in vars(ImportMangling) if "p" in k.lower() and "Import" in k])
class GlobalDecl:
    def set(self):
        global __gvar
        __gvar = "set via global"
GlobalDecl().set()
print(sorted(k for k in globals() if "gvar" in k))
class LongName:
    pass
setattr(LongName, "_" + "x" * 10, 1)
class AnnotationsMangled:
    __ann: int = 3
    def f(self, __arg: int) -> None: pass
print(AnnotationsMangled.__annotations__, AnnotationsMangled.f.__code__.co_varnames)
def outer_func():
    __free = "free"
    class Inner:
        def get(self): return __free
    return Inner().get()
try:
    print(outer_func())
except NameError as e:
    print("NameError:", e)
class Attr:
    def __init__(self):
        self.__dict__["__raw"] = 1
    def get(self):
        try:
            return self.__raw
        except AttributeError as e:
            return f"AttributeError: {e}"
print(Attr().get())
