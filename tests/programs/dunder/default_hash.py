# hash() of objects whose classes keep object.__hash__ is the identity hash,
# the same number object.__hash__ gives; classes that define __hash__, set
# it to None, or define __eq__ alone (which drops __hash__) behave as in
# CPython, also when that changes after instances were hashed.

class A: pass
class B(A): pass
class H:
    def __hash__(self):
        return 42
class HSub(H): pass
class EqOnly:
    def __eq__(self, o):
        return self is o
class NoHash:
    __hash__ = None
class Slotted:
    __slots__ = ("v",)

a, b, h, hs, s = A(), B(), H(), HSub(), Slotted()
print(hash(a) == object.__hash__(a), hash(b) == object.__hash__(b), hash(s) == object.__hash__(s))
print(hash(a) == hash(a), hash(h), hash(hs), {h: 1}[hs] if h == hs else "distinct")
for bad in (EqOnly(), NoHash()):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError", e)
d = {a: "a", b: "b", s: "s"}
print(d[a], d[b], d[s], a in d, A() in d, len({A(), A(), a, a}))

class Late: pass
x = Late()
h1 = hash(x)
Late.__hash__ = lambda self: 7
print(h1 == object.__hash__(x), hash(x))
del Late.__hash__
print(hash(x) == h1)
A.__hash__ = lambda self: -1
print(hash(a), hash(b))
del A.__hash__
print(hash(a) == object.__hash__(a), hash(b) == object.__hash__(b))

# Many lookups of instance keys (compiled code reaches the same hashing).
objs = [A() for _ in range(20)]
index = {o: i for i, o in enumerate(objs)}
total = 0
for i in range(4000):
    total += index[objs[i % 20]] + (objs[i % 7] in index)
print(total, len(set(objs + objs)))
