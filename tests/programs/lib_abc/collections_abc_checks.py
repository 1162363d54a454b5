# collections.abc and numbers ABCs over built-in and user types: structural hooks, registration, mixin methods, numeric tower.
import collections.abc as cabc
import numbers
from decimal import Decimal
from fractions import Fraction

samples = [1, 1.5, 2j, True, Fraction(1, 2), Decimal("1.5"), "s", b"b", bytearray(), [], (), {}, set(), frozenset(),
           range(2), iter([]), (x for x in []), memoryview(b""), {}.keys(), {}.items(), {}.values(), len, None]
abcs = [cabc.Hashable, cabc.Iterable, cabc.Iterator, cabc.Generator, cabc.Reversible, cabc.Container, cabc.Sized,
        cabc.Collection, cabc.Sequence, cabc.MutableSequence, cabc.Set, cabc.MutableSet, cabc.Mapping,
        cabc.MutableMapping, cabc.MappingView, cabc.KeysView, cabc.ItemsView, cabc.ValuesView, cabc.Callable,
        cabc.ByteString, numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for s in samples:
    print(type(s).__name__.ljust(18), "".join("X" if isinstance(s, a) else "." for a in abcs))

class OnlyIter:
    def __iter__(self):
        return iter([1])
class OnlyLen:
    def __len__(self):
        return 0
class Blocked(OnlyIter):
    __iter__ = None
class Coll:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
for cls in (OnlyIter, OnlyLen, Blocked, Coll):
    print(cls.__name__, [a.__name__ for a in abcs if issubclass(cls, a)])

class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = MySeq(3, 1, 3)
print(list(s), 3 in s, s.index(1), s.count(3), list(reversed(s)), isinstance(s, cabc.Reversible))
try:
    s.index(9)
except ValueError as e:
    print("ValueError:", e)

class MyMap(cabc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap()
m.update(a=1, b=2)
m.setdefault("c", 3)
print(m.pop("a"), m.get("zz", 0), sorted(m.items()), m == {"b": 2, "c": 3}, m.popitem(), len(m), "b" in m or "c" in m)
m.clear()
print(len(m), list(m.keys()), type(m.keys()).__name__)

class MySet(cabc.Set):
    def __init__(self, it=()):
        self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 9]), a == {1, 2, 3}, a.isdisjoint([7]), type(a | b).__name__)

class Tree:
    pass
cabc.Sequence.register(Tree)
print(issubclass(Tree, cabc.Sequence), issubclass(Tree, cabc.Iterable), issubclass(Tree, cabc.Collection), isinstance(Tree(), cabc.Sized))
numbers.Integral.register(Tree)
print(issubclass(Tree, numbers.Number), issubclass(Tree, numbers.Rational), issubclass(int, numbers.Real), issubclass(float, numbers.Rational))
try:
    MySeq.__abstractmethods__ = frozenset({"x"})
    MySeq()
except TypeError as e:
    print("TypeError:", e)
