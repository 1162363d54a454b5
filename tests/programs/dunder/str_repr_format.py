# __str__, __repr__ and __format__
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "P(" + repr(self.x) + ", " + repr(self.y) + ")"
    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"
p = P(1, "a")
print(p)
print(str(p), repr(p))
print([p], (p,), {"k": p}, {1: [p]})
print(f"{p}", f"{p!r}", f"{p!s}")
print("%s %r" % (p, p))
print("{} {!r}".format(p, p))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class Fmt:
    def __format__(self, spec):
        return "Fmt[" + spec + "]"
    def __str__(self):
        return "Fmt-str"
f = Fmt()
print(format(f), format(f, "abc"), f"{f:>10}", f"{f}", "{:xyz}".format(f), str(f))
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "short":
            return "$" + str(round(self.amount))
        return "$" + format(self.amount, spec or ".2f")
m = Money(1234.5678)
print(f"{m}", f"{m:short}", f"{m:,.1f}", format(m, ".3f"))
class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}")
try:
    format(NoFormat(), "10")
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Nested:
    def __repr__(self):
        return "Nested(" + repr([P(0, 0)]) + ")"
print(Nested(), [Nested()])
class SubStr(str):
    def __str__(self):
        return "SubStr.__str__"
print(SubStr("raw"), str(SubStr("raw")), repr(SubStr("raw")))
