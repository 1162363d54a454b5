# Module attributes read by warm code (LoadAttr and LoadMethod on a module),
# then rebound, deleted (falling back to a module __getattr__), and
# instance attributes called as methods.
import sys
import types

m = types.ModuleType("m")
m.scale = 3
m.f = lambda x: x + 1
sys.modules["m"] = m

def use(n):
    t = 0
    for i in range(n):
        t += m.f(i) * m.scale
    return t

print(use(3000))
m.scale = 5                          # rebinding a module attribute
print(use(3000))
m.f = lambda x: -x                   # replacing a function called as m.f(...)
print(use(3000))
del m.scale
try:
    use(1)
except AttributeError as e:
    print("AttributeError:", e)
m.__getattr__ = lambda name: 7 if name == "scale" else None
print(use(3000))                     # the module's __getattr__ answers
m.scale = 2
print(use(3000))
del m.__getattr__
m.__dict__["scale"] = 11             # through the dict itself
print(use(3000))

m2 = types.ModuleType("m2")
m2.scale = 1
m2.f = lambda x: 1

def use2(mods, n):
    t = 0
    for i in range(n):
        for mod in mods:
            t += mod.f(i) * mod.scale
    return t

print(use2([m, m2], 2000))
m2.f = lambda x: 2                   # the second way of a polymorphic site changes
print(use2([m, m2], 2000))
del m2.f                             # ... and goes away
try:
    use2([m, m2], 1)
except AttributeError as e:
    print("AttributeError:", e)

class Holder:
    def __init__(self):
        self.cb = lambda x: x * 2

def call_cb(hs, n):
    t = 0
    for i in range(n):
        for h in hs:
            t += h.cb(i)
    return t

hs = [Holder(), Holder()]
print(call_cb(hs, 2000))
hs[0].cb = lambda x: 1               # rebinding the instance attribute
print(call_cb(hs, 2000))
Holder.cb = lambda self, x: 1000     # a class attribute of the name (the dict still wins)
print(call_cb(hs, 2000))
del hs[1].cb                         # now the class's method answers
print(call_cb(hs, 2000))
