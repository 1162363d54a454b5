# Behaviour inherited from object: identity equality, default str, hashing
class Plain:
    pass
a = Plain()
b = Plain()
print(a == a, a == b, a != b, a is a)
print(str(a) == repr(a), repr(a).startswith("<__main__.Plain object at 0x"))
print(hash(a) == hash(a), isinstance(hash(a), int))
d = {a: "a", b: "b"}
print(d[a], d[b], len(d))
print(len({a, b, a}))
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
class WithRepr:
    def __repr__(self):
        return "WithRepr()"
w = WithRepr()
print(w, str(w), [w], repr(w), "%s|%r" % (w, w))
class WithStr:
    def __str__(self):
        return "str only"
ws = WithStr()
print(ws, str(ws), repr(ws).startswith("<__main__.WithStr"), [str(ws)])
print(bool(a), bool(Plain()))
print(type(a).__name__, a.__class__.__name__)
print(Plain.__bases__, Plain.__mro__)
print(object() == object(), object.__name__)
print(hasattr(a, "__dict__"), hasattr(object(), "__dict__"))
print(a.__eq__(a), a.__eq__(b), a.__ne__(b))
print(Plain.__eq__ is object.__eq__, WithRepr.__str__ is object.__str__)
