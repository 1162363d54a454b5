# match against collections.abc subclasses (their __abc_tpflags__) and Mapping.get, defaultdict untouched, enum values
import collections, enum
from collections.abc import Sequence, Mapping
class MySeq(Sequence):
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class NotSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return i
for v in [MySeq(), NotSeq(), collections.deque("ab")]:
    match v:
        case [a, *rest]: print(type(v).__name__, "seq", a, rest)
        case _: print(type(v).__name__, "nope")
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print("get", k); return self.d.get(k, default)
match MyMap({"x": 1, "y": 2, "z": 3}):
    case {"x": 1, "y": yy, **others}: print("mymap", yy, others)
dd = collections.defaultdict(list)
match dd:
    case {"absent": _}: print("matched")
    case _: print("defaultdict untouched", dict(dd))
class Col(enum.Enum):
    R = 1
    G = 2
for v in [Col.R, Col.G, 1]:
    match v:
        case Col.R | Col.G as c: print("enum", c.name)
        case x: print("capture", x)
od = collections.OrderedDict(a=1, b=2)
match od:
    case {"b": b, **rest}: print(b, rest)
