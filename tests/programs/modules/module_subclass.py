# Subclasses of types.ModuleType: instances of the subclass, __init__,
# hooks, and __class__ changes between ModuleType and its subclasses.
import sys
import types

class Verbose(types.ModuleType):
    def __init__(self, name, doc=None):
        super().__init__(name, doc)
        self.loaded = True

    def __getattribute__(self, name):
        if name == "answer":
            return 42
        return super().__getattribute__(name)

    def __repr__(self):
        return "<verbose " + self.__name__ + ">"

v = Verbose("vmod", "the doc")
print(type(v).__name__, isinstance(v, types.ModuleType), v.__name__, v.__doc__, v.loaded, v.answer)
print(repr(v), sorted(k for k in v.__dict__ if not k.startswith("__")))
v.answer = 1
print(v.answer, v.__dict__["answer"])

m = types.ModuleType("plain")
print(m.__name__, m.__doc__)
m2 = types.ModuleType("withdoc", "d")
print(m2.__doc__)
m3 = types.ModuleType(name="kw", doc="kd")
print(m3.__name__, m3.__doc__)
try:
    types.ModuleType()
except TypeError as e:
    print("TypeError", e)
try:
    types.ModuleType(3)
except TypeError as e:
    print("TypeError", e)

m.x = 1
m.__class__ = Verbose
print(type(m).__name__, m.x, m.answer, repr(m))
m.__class__ = types.ModuleType
print(type(m).__name__, m.x, hasattr(m, "answer"))

# A module replacing itself in sys.modules with a subclass instance (a common idiom).
class Lazy(types.ModuleType):
    def __getattr__(self, name):
        return name.upper()

mod = types.ModuleType("lazy_mod")
sys.modules["lazy_mod"] = mod
mod.__class__ = Lazy
import lazy_mod
print(lazy_mod.anything, type(lazy_mod).__name__)

class NotModule:
    pass

try:
    m.__class__ = NotModule
except TypeError as e:
    print("TypeError", e)
try:
    NotModule().__class__ = types.ModuleType
except TypeError as e:
    print("TypeError", e)

# A warm attribute site on a plain module, then the module's class changes.
w = types.ModuleType("warm")
w.answer = 0

def read(mod, n):
    t = 0
    for _ in range(n):
        t += mod.answer
    return t

print(read(w, 3000))
w.__class__ = Verbose
print(read(w, 3000))
w.__class__ = types.ModuleType
print(read(w, 3000))
