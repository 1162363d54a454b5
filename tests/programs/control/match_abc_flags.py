import collections.abc as cabc
from abc import ABCMeta, ABC

def kind(x):
    match x:
        case {}:
            return "mapping"
        case [*_]:
            return "sequence"
        case _:
            return "other"

class MySeq:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]

class MyMap:
    def __init__(self, **kw): self.d = kw
    def __len__(self): return len(self.d)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def keys(self): return self.d.keys()
    def get(self, k, default=None): return self.d.get(k, default)

class SubSeqBefore(MySeq): pass
print(kind(MySeq(1, 2)), kind(MyMap(a=1)))
cabc.Sequence.register(MySeq)
cabc.Mapping.register(MyMap)
class SubSeqAfter(MySeq): pass
print(kind(MySeq(1, 2)), kind(MyMap(a=1)), kind(SubSeqBefore()), kind(SubSeqAfter()))
match MySeq(1, 2, 3):
    case [a, *rest]:
        print("seq", a, rest)
match MyMap(a=1, b=2):
    case {"a": x, **rest}:
        print("map", x, rest)
print("__abc_tpflags__" in cabc.Sequence.__dict__, "__abc_tpflags__" in cabc.Mapping.__dict__)
# __abc_tpflags__ in a class body
class Flagged(metaclass=ABCMeta):
    __abc_tpflags__ = 1 << 5
    def __len__(self): return 2
    def __getitem__(self, i):
        if i < 2: return i * 10
        raise IndexError(i)
print(kind(Flagged()), "__abc_tpflags__" in Flagged.__dict__)
class FlaggedChild(Flagged): pass
print(kind(FlaggedChild()))
class FlaggedMap(ABC):
    __abc_tpflags__ = 1 << 6
print(kind(FlaggedMap()))
# plain classes: __abc_tpflags__ ignored without ABCMeta
class Plain:
    __abc_tpflags__ = 1 << 5
print(kind(Plain()), "__abc_tpflags__" in Plain.__dict__)
# a non-int __abc_tpflags__ is removed but ignored
class Weird(ABC):
    __abc_tpflags__ = "x"
print(kind(Weird()), "__abc_tpflags__" in Weird.__dict__)
try:
    class Both(ABC):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError", e)
class Big(ABC):
    __abc_tpflags__ = (1 << 6) | (1 << 40)
print(kind(Big()))
try:
    class Huge(ABC):
        __abc_tpflags__ = 1 << 70
except OverflowError as e:
    print("OverflowError", e)
class IntSub(int): pass
class NotExact(ABC):
    __abc_tpflags__ = IntSub(1 << 5)
print(kind(NotExact()), "__abc_tpflags__" in NotExact.__dict__)
# str / bytes / bytearray never
for v in ["ab", b"ab", bytearray(b"ab")]:
    print(type(v).__name__, kind(v))
class S(str): pass
cabc.Sequence.register(S)
print(kind(S("x")))
class D(dict): pass
cabc.Sequence.register(D)  # already a Mapping subclass? no: dict registered as MutableMapping, not Sequence
print(kind(D()), kind({}))
# registering with a mapping replaces a sequence flag
class Switch: pass
cabc.Sequence.register(Switch)
print(kind(Switch.__new__(Switch)))
cabc.Mapping.register(Switch)
print(kind(Switch.__new__(Switch)))
# register on a custom ABC without flags does nothing
class MyABC(ABC): pass
class Other: pass
MyABC.register(Other)
print(kind(Other()))
# custom ABC derived from Sequence passes the flag on registration
class MySeqABC(cabc.Sequence): pass
class Other2:
    def __len__(self): return 1
    def __getitem__(self, i):
        if i == 0: return "z"
        raise IndexError
MySeqABC.register(Other2)
print(kind(Other2()))
match Other2():
    case [v]:
        print("one", v)
# built-ins
import array, collections
for v in [[1], (1,), range(2), memoryview(b"ab"), array.array("i", [1]), collections.deque([1]),
          {}, collections.OrderedDict(), collections.defaultdict(int), collections.Counter(), collections.ChainMap(),
          collections.UserList([1]), collections.UserDict(), type.__dict__, {1}, frozenset(), iter([])]:
    print(type(v).__name__, kind(v))
# a class inheriting from a sequence and a mapping ABC: first in MRO wins
class SM(cabc.Sequence, cabc.Mapping):
    def __len__(self): return 0
    def __getitem__(self, i): raise IndexError
    def __iter__(self): return iter(())
print(kind(SM()))
class MS(cabc.Mapping, cabc.Sequence):
    def __len__(self): return 0
    def __getitem__(self, i): raise KeyError
    def __iter__(self): return iter(())
print(kind(MS()))
class LD(list, cabc.Mapping): pass
print(kind(LD()))
class SS(str, cabc.Sequence): pass
print(kind(SS("ab")))

# how sequence patterns get at the items (len, subscripts, iteration)
class Loud:
    def __init__(self, *items): self.items = items
    def __len__(self):
        print("  len"); return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i); return self.items[i]
    def __iter__(self):
        print("  iter"); return iter(self.items)
cabc.Sequence.register(Loud)
def t(label, f):
    print(label)
    try:
        print(" ->", f())
    except Exception as e:
        print(" !", type(e).__name__, e)
def m1(x):
    match x:
        case [*_]: return "star only"
def m2(x):
    match x:
        case [*rest]: return rest
def m3(x):
    match x:
        case [a, *rest]: return a, rest
def m4(x):
    match x:
        case [a, *_, b]: return a, b
def m5(x):
    match x:
        case [_, _]: return "two wild"
def m6(x):
    match x:
        case [a, b]: return a, b
def m7(x):
    match x:
        case [_, *_]: return "wild star"
def m8(x):
    match x:
        case []: return "empty"
def m9(x):
    match x:
        case [*_, 1]: return "ends with 1"
for f in [m1, m2, m3, m4, m5, m6, m7, m8, m9]:
    t(f.__name__, lambda: f(Loud(1, 2, 3)))
    t(f.__name__ + " 1", lambda: f(Loud(1)))

# a registered sequence whose iteration disagrees with its length
class Liar:
    def __len__(self): return 2
    def __iter__(self): return iter([1, 2, 3])
    def __getitem__(self, i): return i
cabc.Sequence.register(Liar)
for f in [m2, m3, m4, m6]:
    t(f.__name__ + " liar", lambda: f(Liar()))
class Short(Liar):
    def __iter__(self): return iter([1])
for f in [m3, m6]:
    t(f.__name__ + " short", lambda: f(Short()))
