# Subclasses of int, float, complex and bool-like behaviour: which methods return the base type,
# how repr/str/format interact with overrides, and arithmetic with reflected subclass operators
class I(int):
    def __repr__(self): return f"I({int(self)})"
    def __str__(self): return f"<I {int(self)}>"
class F(float):
    def __repr__(self): return f"F({float(self)})"
class C(complex):
    pass
i, f, c = I(7), F(2.5), C(1, 2)
for label, v in [("i+1", i + 1), ("-i", -i), ("+i", +i), ("abs(I(-3))", abs(I(-3))), ("i*1", i * 1), ("i//1", i // 1),
                 ("i<<0", i << 0), ("int(i)", int(i)), ("i.real", i.real), ("i.numerator", i.numerator), ("round(i)", round(i)),
                 ("i.__index__()", i.__index__()), ("f+0", f + 0), ("-f", -f), ("f.real", f.real), ("float(f)", float(f)),
                 ("round(f, 1)", round(f, 1)), ("f.conjugate()", f.conjugate()), ("c+0", c + 0), ("c.conjugate()", c.conjugate()),
                 ("complex(c)", complex(c)), ("divmod(i, 2)", divmod(i, 2)), ("pow(i, 2)", pow(i, 2)), ("i & 3", i & 3),
                 ("~i", ~i), ("i.__trunc__()", i.__trunc__()), ("f.__trunc__()", f.__trunc__()), ("max(i, 3)", max(i, 3))]:
    print(label, type(v).__name__, repr(v))
print(str(i), repr(i), format(i), format(i, ""), format(i, "d"), f"{i}", f"{i!r}", "%d" % i, "%s" % i, "%r" % i, "{}".format(i))
print(str(f), repr(f), format(f), format(f, ".1f"), f"{f}", "%s" % f, "%.2f" % f, "{}".format(f))
print(str(c), repr(c), format(c), f"{c}")
print(hash(i) == hash(7), hash(f) == hash(2.5), i == 7, f == 2.5, {i: 1}[7], isinstance(i, int), I.__mro__)
print(I(True), type(I(True)).__name__, I("12"), I("ff", 16), F("1.5"), F(3), C("1+2j"), bool(I(0)), bool(F(0.0)))
class Flags(int):
    def __or__(self, other):
        return Flags(int(self) | int(other))
    __ror__ = __or__
    def __repr__(self): return f"Flags({int(self):#b})"
print(Flags(1) | 2, 2 | Flags(1), Flags(1) | Flags(4), type(3 | Flags(1)).__name__)
class RAdd(int):
    def __radd__(self, other):
        return "RAdd.__radd__"
print(1 + RAdd(2), RAdd(2) + 1, 1.5 + RAdd(2))
class FR(float):
    def __rtruediv__(self, other):
        return "FR.__rtruediv__"
print(1 / FR(2), 1.0 / FR(2), FR(2) / 1)
class Str(str):
    def __add__(self, other): return "Str.__add__"
    def __radd__(self, other): return "Str.__radd__"
print("a" + Str("b"), Str("b") + "a")
class L(list):
    def __radd__(self, other): return "L.__radd__"
print([1] + L([2]), L([2]) + [1], type(L([2]) + [1]).__name__)
print(type(I(5).__add__(1)).__name__, I(5).__add__(1.5), int.__add__(I(5), I(6)), type(int.__add__(I(5), I(6))).__name__)
print(type(I.from_bytes(b"\x01")).__name__, type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
print(I.__new__(I, 9), type(I.__new__(I, 9)).__name__)
try:
    int.__new__(F, 1)
except TypeError as e:
    print("TypeError:", e)
class NoNew(int):
    def __init__(self, v, extra=None):
        self.extra = extra
try:
    NoNew(1, 2)
except TypeError as e:
    print("TypeError:", e)
class WithNew(int):
    def __new__(cls, v, extra=None):
        obj = super().__new__(cls, v)
        obj.extra = extra
        return obj
w = WithNew(4, "x")
print(w, w.extra, w + 1, vars(w))
# overridden unary operators, comparisons, pow with modulus and sequence repetition on subclasses
class U(int):
    def __neg__(self): return "U.__neg__"
    def __pos__(self): return "U.__pos__"
    def __invert__(self): return "U.__invert__"
    def __abs__(self): return "U.__abs__"
    def __lt__(self, o): return "U.__lt__"
    def __gt__(self, o): return "U.__gt__"
    def __pow__(self, e, m=None): return f"U.__pow__({e}, {m})"
    def __rmul__(self, o): return "U.__rmul__"
    def __mul__(self, o): return "U.__mul__"
u = U(3)
print(-u, +u, ~u, abs(u), u < 1, 1 < u, u > 1, 1 > u, pow(u, 2, 5), u ** 2, [1] * u, u * [1], "ab" * u, (1,) * u)
class UF(float):
    def __neg__(self): return "UF.__neg__"
    def __abs__(self): return "UF.__abs__"
    def __floordiv__(self, o): return "UF.__floordiv__"
print(-UF(1.5), abs(UF(-1.5)), UF(3.0) // 2, 3.0 // UF(2.0), +UF(2.5), type(+UF(2.5)).__name__)
class Plain(int): pass
print(-Plain(3), type(-Plain(3)).__name__, [0] * Plain(2), pow(Plain(2), 3, 5), type(pow(Plain(2), 3, 5)).__name__, Plain(2) ** -1)
