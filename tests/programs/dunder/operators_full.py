# Operator special methods: forward, reflected, in-place, and their fallbacks
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
def make(name):
    def fwd(self, o):
        return f"{self!r}.__{name}__({o!r})"
    def rev(self, o):
        return f"{self!r}.__r{name}__({o!r})"
    def inp(self, o):
        return f"{self!r}.__i{name}__({o!r})"
    return fwd, rev, inp
class Full(N): pass
class OnlyR(N): pass
for name in ops:
    f, r, i = make(name)
    setattr(Full, f"__{name}__", f)
    setattr(Full, f"__r{name}__", r)
    setattr(OnlyR, f"__r{name}__", r)
a, b = Full(1), Full(2)
print(a + b, a - 1, 1 - a, a ** 2, 2 ** a, a @ b, 3 @ a)
print(a & 1, 1 | a, a ^ a, a << 1, 1 >> a, 7 % a, 7 // a, 7 / a)
x = Full(5)
x += 1
print(x)
y = OnlyR(9)
print(1 + y, "s" * OnlyR(3) if False else 2 * y)
y2 = 10
y2 -= OnlyR(1)
print(y2)

# subclass reflected method takes priority
class Base(N):
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o): return "Derived.__radd__"
print(Base(1) + Derived(2), Derived(2) + Base(1))
class Derived2(Base): pass
print(Base(1) + Derived2(2))

# NotImplemented chain and errors
class Nope:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
for expr in ["Nope() + 1", "1 + Nope()", "Nope() < 1", "Nope() - 1", "-Nope()", "~Nope()", "Nope() @ 1"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)

# in-place falls back to binary op, and to reflected
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o); return self
acc = Acc(); orig = acc
acc += 1; acc += 2
print(acc is orig, acc.items)
class NoInplace(N):
    def __add__(self, o): return NoInplace(self.v + o)
n = NoInplace(1); before = n
n += 5
print(n, n is before)
class InplaceNI(N):
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fallback add"
z = InplaceNI(0)
z += 1
print(z)
lst = [1]; alias = lst
lst += (2, 3)
print(lst is alias, lst)
t = (1,); ta = t
t += (2,)
print(t is ta, t)

# rich comparison reflection order
class Cmp:
    def __init__(self, n): self.n = n
    def __eq__(self, o): print(f"  {self.n}.__eq__({getattr(o, 'n', o)})"); return NotImplemented
    def __lt__(self, o): print(f"  {self.n}.__lt__({getattr(o, 'n', o)})"); return NotImplemented
    def __gt__(self, o): print(f"  {self.n}.__gt__({getattr(o, 'n', o)})"); return NotImplemented
    __hash__ = object.__hash__
class SubCmp(Cmp): pass
print(Cmp("a") == Cmp("b"))
print(Cmp("a") != Cmp("b"))
print(Cmp("a") == SubCmp("s"))
try:
    Cmp("a") < SubCmp("s")
except TypeError as e:
    print(e)
print(Cmp("x") == 3)
try:
    3 < Cmp("y")
except TypeError as e:
    print(e)

# unary, abs, index, bool, len
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __index__(self): return 3
    def __bool__(self): return False
    def __len__(self): return 10
u = U()
print(-u, +u, ~u, abs(u), [0, 1, 2, 3, 4][u], bin(u), hex(u), bool(u), len(u), not u, "yes" if u else "no")

# divmod and pow with reflected
class DM:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
print(divmod(DM(), 3), divmod(3, DM()), pow(DM(), 2), pow(DM(), 2, 5), 2 ** DM())

# __bool__ returning non-bool
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)

# __contains__ fallbacks
class ViaIter:
    def __iter__(self): return iter([1, 2, 3])
class ViaGetitem:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(2 in ViaIter(), 5 in ViaIter(), 20 in ViaGetitem(), 25 in ViaGetitem())
