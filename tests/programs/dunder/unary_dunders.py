# __neg__, __pos__, __abs__, __invert__
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return U(-self.v)
    def __pos__(self):
        return U(+self.v if self.v >= 0 else 0)
    def __abs__(self):
        return U(abs(self.v))
    def __invert__(self):
        return U(~self.v)
    def __repr__(self):
        return "U(" + str(self.v) + ")"
u = U(-5)
print(-u, +u, abs(u), ~u)
print(- -u, -(-u), ~~u, abs(-U(3)))
print(-U(0), +U(7), ~U(0))
class Weird:
    def __neg__(self):
        return "negated"
    def __invert__(self):
        return 42
    def __abs__(self):
        return None
w = Weird()
print(-w, ~w, abs(w))
try:
    +w
except TypeError as e:
    print(type(e).__name__, e)
class Bits:
    def __init__(self, bits):
        self.bits = bits
    def __invert__(self):
        return Bits("".join("1" if b == "0" else "0" for b in self.bits))
    def __str__(self):
        return self.bits
print(~Bits("1100"), ~~Bits("1010"))
class Vec:
    def __init__(self, *c):
        self.c = c
    def __neg__(self):
        return Vec(*(-x for x in self.c))
    def __abs__(self):
        return sum(x * x for x in self.c) ** 0.5
    def __repr__(self):
        return "Vec" + repr(self.c)
print(-Vec(1, -2, 3), abs(Vec(3, 4)), abs(-Vec(6, 8)))
print(not U(0), not Weird())
print(U.__neg__(U(9)), u.__abs__())
class Sub(U):
    def __neg__(self):
        return "Sub neg, base gives " + repr(super().__neg__())
print(-Sub(4), abs(Sub(-4)))
