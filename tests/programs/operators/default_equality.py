# `==` and `!=` between objects whose classes keep object's __eq__/__ne__
# are identity; any __eq__ or __ne__ of their own (on either side, on a
# base, a metaclass, or set later on the class) is called as CPython does.

class A: pass
class B(A): pass
class E:
    def __eq__(self, o):
        print("E.eq"); return NotImplemented
class N:
    def __ne__(self, o):
        print("N.ne"); return True
class Q:
    def __eq__(self, o):
        print("Q.eq"); return True
class QSub(Q): pass
class Slotted:
    __slots__ = ("x",)

a, a2, b, e, n, q, qs, s = A(), A(), B(), E(), N(), Q(), QSub(), Slotted()
print(a == a, a == a2, a != a, a != a2, a == b, b != a, b == b)
print(a == 1, 1 == a, a != None, None != a, a == "a", s == s, s != a)
print(a == e, e == a, a != e, e != a)
print(n != a, a != n, n == a, a == n, n != n)
print(a == q, q != a, a != q, qs == a, a == qs)
print(A == A, A != B, len == len, len != abs, object() == object())


class M(type):
    def __eq__(cls, o):
        print("M.eq"); return True
    __hash__ = type.__hash__
class C(metaclass=M): pass
print(C == 1, C != 1, C == C)

# A class given __eq__ after its instances were compared.
class Late: pass
x, y = Late(), Late()
print(x == y, x != y)
Late.__eq__ = lambda self, o: (print("Late.eq"), True)[1]
print(x == y, x != y)
del Late.__eq__
print(x == y, x != y)
B.__ne__ = lambda self, o: (print("B.ne"), False)[1]
print(b != a, a != b, a != a2)

# In containers and loops (compiled code reaches the same comparison).
items = [A() for _ in range(5)]
probe = items[3]
total = 0
for i in range(3000):
    for it in items:
        if it == probe:
            total += 1
        if it != probe:
            total += 2
print(total, items.index(probe), probe in items, A() in items, items.count(probe))
