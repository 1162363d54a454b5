# Special methods returning the wrong thing: CPython's checks and messages; special-method lookup
# on the type (not the instance, not __getattr__/__getattribute__)
def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", f"{type(e).__name__}: {e}")
class Bool:
    def __init__(self, r): self.r = r
    def __bool__(self): return self.r
attempt("bool(1)", lambda: bool(Bool(1)))
attempt("not Bool(0)", lambda: not Bool(0))
attempt("if Bool(None)", lambda: 1 if Bool(None) else 0)
attempt("bool(True)", lambda: bool(Bool(True)))
class Len:
    def __init__(self, r): self.r = r
    def __len__(self): return self.r
for r in [-1, 2**63, 1.5, "3", True, 2**31]:
    attempt(f"len({r!r})", lambda: len(Len(r)))
attempt("bool(Len(0))", lambda: bool(Len(0)))
attempt("bool(Len(-1))", lambda: bool(Len(-1)))
class BoolAndLen:
    def __bool__(self): return False
    def __len__(self): return 5
attempt("bool prefers __bool__", lambda: bool(BoolAndLen()))
class Hash:
    def __init__(self, r): self.r = r
    def __hash__(self): return self.r
for r in [1.5, "x", 2**64, -1, True, 2**63 - 1]:
    attempt(f"hash({r!r})", lambda: hash(Hash(r)))
class Repr:
    def __init__(self, r): self.r = r
    def __repr__(self): return self.r
    def __str__(self): return self.r
for r in [5, None, b"b"]:
    attempt(f"repr({r!r})", lambda: repr(Repr(r)))
    attempt(f"str({r!r})", lambda: str(Repr(r)))
class StrSub(str): pass
attempt("repr returns str subclass", lambda: type(repr(Repr(StrSub("s")))).__name__)
attempt("str returns str subclass", lambda: type(str(Repr(StrSub("s")))).__name__)
class Iter:
    def __init__(self, r): self.r = r
    def __iter__(self): return self.r
attempt("iter(int)", lambda: iter(Iter(5)))
attempt("iter(list)", lambda: iter(Iter([1])))
attempt("for over bad iter", lambda: [x for x in Iter(5)])
class NoIter:
    __iter__ = None
attempt("__iter__ = None", lambda: iter(NoIter()))
attempt("in with __iter__ = None", lambda: 1 in NoIter())
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
attempt("iter via __getitem__", lambda: list(GetItemSeq()))
attempt("in via __getitem__", lambda: 20 in GetItemSeq())
attempt("reversed needs __len__", lambda: reversed(GetItemSeq()))
class Contains:
    def __contains__(self, x): return x == 1 and "truthy"
attempt("contains result coerced", lambda: 1 in Contains())
attempt("not in", lambda: 2 not in Contains())
class Next:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("done value")
attempt("list(Next())", lambda: list(Next()))
class IntConv:
    def __init__(self, r): self.r = r
    def __int__(self): return self.r
    def __float__(self): return self.r
    def __complex__(self): return self.r
    def __index__(self): return self.r
for r in ["s", 1.5, None]:
    attempt(f"int({r!r})", lambda: int(IntConv(r)))
    attempt(f"float({r!r})", lambda: float(IntConv(r)))
    attempt(f"complex({r!r})", lambda: complex(IntConv(r)))
    attempt(f"index({r!r})", lambda: [0][IntConv(r)])
class Rev:
    def __reversed__(self): return 5
attempt("reversed returning int", lambda: reversed(Rev()))
class LH:
    def __init__(self, r): self.r = r
    def __iter__(self): return iter([])
    def __length_hint__(self): return self.r
import operator
for r in [3, -1, "x", NotImplemented]:
    attempt(f"length_hint {r!r}", lambda: operator.length_hint(LH(r)))
# special methods are looked up on the type
class Instance:
    pass
i = Instance()
i.__len__ = lambda: 5
i.__repr__ = lambda: "instance repr"
i.__add__ = lambda o: "added"
attempt("len(instance attr)", lambda: len(i))
attempt("repr skips instance attr", lambda: repr(i).startswith("<__main__.Instance"))
attempt("i + 1", lambda: i + 1)
class GA:
    def __getattr__(self, n):
        print("  __getattr__", n)
        return lambda *a: 42
attempt("len(GA())", lambda: len(GA()))
attempt("GA() + 1", lambda: GA() + 1)
attempt("GA().__len__()", lambda: GA().__len__())
class GAttribute:
    def __getattribute__(self, n):
        print("  __getattribute__", n)
        return object.__getattribute__(self, n)
    def __len__(self): return 7
attempt("len bypasses __getattribute__", lambda: len(GAttribute()))
class MetaLen(type):
    def __len__(cls): return 99
class WithMeta(metaclass=MetaLen):
    def __len__(self): return 1
attempt("len(class) uses metaclass", lambda: len(WithMeta))
attempt("len(instance)", lambda: len(WithMeta()))
# augmented assignment fallbacks
class Aug:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        print("  __iadd__")
        return NotImplemented
    def __add__(self, o):
        print("  __add__")
        return Aug(self.v + o)
    def __imul__(self, o):
        print("  __imul__")
        return None
    def __repr__(self): return f"Aug({self.v})"
a = Aug(1)
a += 2
print(a)
a *= 3
print(a)
class OnlyRadd:
    def __radd__(self, o): return "radd got " + repr(o)
x = 5
x += OnlyRadd()
print(x)
l = [1]
l2 = l
l += (2, 3)
print(l, l is l2)
t = (1,)
try:
    t += [2]
except TypeError as e:
    print("TypeError:", e)
try:
    l + (4,)
except TypeError as e:
    print("TypeError:", e)
s = "ab"
try:
    s -= "b"
except TypeError as e:
    print("TypeError:", e)
class NoIAdd:
    pass
n = NoIAdd()
try:
    n += 1
except TypeError as e:
    print("TypeError:", e)
try:
    n @= 1
except TypeError as e:
    print("TypeError:", e)
try:
    n **= 2
except TypeError as e:
    print("TypeError:", e)
# unary
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-U(), +U(), ~U(), abs(U()))
for f, name in [(lambda: -NoIAdd(), "-"), (lambda: ~1.5, "~"), (lambda: abs("s"), "abs"), (lambda: +"s", "+"), (lambda: ~[1], "~")]:
    attempt(name, f)
