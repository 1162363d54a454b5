# In-place operators: __iadd__ and friends, with fallback to the binary method
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + list(other))
    def __repr__(self):
        return "Acc(" + repr(self.items) + ")"
a = Acc([1])
alias = a
a += [2, 3]
print(a, alias, a is alias)
b = a + [4]
print(b, b is a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
orig = o
o += 5
print(o.v, orig.v, o is orig)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced by __iadd__ return value"
r = ReturnsOther()
r += 1
print(r)
class ReturnsNone:
    def __imul__(self, o):
        self.hit = True
x = ReturnsNone()
x *= 3
print(x)
class Declines:
    def __init__(self, v):
        self.v = v
    def __isub__(self, o):
        print("  __isub__ declines")
        return NotImplemented
    def __sub__(self, o):
        print("  __sub__ used")
        return Declines(self.v - o)
d = Declines(10)
d -= 3
print(d.v)
class All:
    def __init__(self):
        self.log = []
    def __ifloordiv__(self, o): self.log.append("//="); return self
    def __imod__(self, o): self.log.append("%="); return self
    def __ipow__(self, o): self.log.append("**="); return self
    def __ilshift__(self, o): self.log.append("<<="); return self
    def __irshift__(self, o): self.log.append(">>="); return self
    def __iand__(self, o): self.log.append("&="); return self
    def __ior__(self, o): self.log.append("|="); return self
    def __ixor__(self, o): self.log.append("^="); return self
    def __itruediv__(self, o): self.log.append("/="); return self
z = All()
z //= 1; z %= 1; z **= 1; z <<= 1; z >>= 1; z &= 1; z |= 1; z ^= 1; z /= 1
print(z.log)
class Radd:
    def __radd__(self, o):
        return "Radd.__radd__ used for +="
n = 5
n += Radd()
print(n)
try:
    q = object()
    q += 1
except TypeError as e:
    print(type(e).__name__, e)
