# __getattr__ is called only when normal attribute lookup fails
class Dyn:
    cls_attr = "class attribute"
    def __init__(self):
        self.real = "real attribute"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("Dyn has no " + repr(name))
d = Dyn()
print(d.real, d.cls_attr)
print(d.auto_hello)
try:
    d.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "auto_x"), getattr(d, "nope", "fallback"), hasattr(d, "nope"), hasattr(d, "auto_q"))
d.auto_set = "now real"
print(d.auto_set)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.index(3))
class Defaults:
    def __getattr__(self, name):
        return None
df = Defaults()
print(df.anything, df.whatever, df.__class__.__name__)
class Lazy:
    def __getattr__(self, name):
        print("  computing", name)
        value = len(name)
        setattr(self, name, value)
        return value
lz = Lazy()
print(lz.alpha, lz.alpha, lz.beta)
class WithProperty:
    @property
    def broken(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return "fallback for " + name
print(WithProperty().broken)
class NoFallback:
    pass
try:
    NoFallback().x
except AttributeError as e:
    print(type(e).__name__, e)
class Chain:
    def __init__(self, path=()):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + (name,))
print(Chain().a.b.c.path)
