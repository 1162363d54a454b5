# copy: shallow vs deep copies of containers, shared and cyclic references, __copy__/__deepcopy__, __reduce__ paths.
import copy
from dataclasses import dataclass, field

orig = {"nums": [1, 2, [3, 4]], "t": (1, [2]), "s": {5, 6}, "name": "x"}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["nums"][2].append(99)
orig["t"][1].append(7)
orig["name"] = "changed"
print(sh, dp, sep="\n")
print(sh["nums"] is orig["nums"], dp["nums"] is orig["nums"], dp["s"] == {5, 6}, sh["name"])

for obj in [1, 2.5, "str", b"b", None, True, (1, 2), frozenset({1}), range(3), len, int]:
    print(type(obj).__name__, copy.copy(obj) is obj, copy.deepcopy(obj) is obj)
t = (1, [2])
print(copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, 2)) is not None)
lst = [1, 2, 3]
print(copy.copy(lst) is lst, copy.copy(lst) == lst, copy.copy(bytearray(b"ab")), copy.deepcopy({1: {2: {3: []}}}))

shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc, repr(c2))
d = {"self": None}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2)


class Plain:
    def __init__(self, items):
        self.items = items
        self.meta = {"n": len(items)}


p = Plain([1, [2]])
pc, pd = copy.copy(p), copy.deepcopy(p)
p.items[1].append(3)
print(type(pc).__name__, pc.items, pd.items, pc.meta is p.meta, pd.meta == p.meta, pc is not p)


class Tracked:
    log = []

    def __init__(self, v):
        self.v = v

    def __copy__(self):
        Tracked.log.append("copy")
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        Tracked.log.append(f"deepcopy memo={len(memo) >= 0}")
        return Tracked(copy.deepcopy(self.v, memo))


t = Tracked([1])
copy.copy(t)
copy.deepcopy([t, t])
print(Tracked.log)


class WithReduce:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (WithReduce, (self.a, self.b + 1))

    def __repr__(self):
        return f"WithReduce({self.a}, {self.b})"


print(copy.copy(WithReduce(1)), copy.deepcopy(WithReduce(2, 5)))


class Slots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = [1]


s = Slots()
s2 = copy.deepcopy(s)
print(s2.x, s2.x is s.x, hasattr(s2, "y"))


class State:
    def __init__(self):
        self.a = 1
        self.cache = "big"

    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.cache = "rebuilt"


s3 = copy.deepcopy(State())
print(s3.a, s3.cache)


@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)


tree = Node("root", [Node("a"), Node("b", [Node("c")])])
clone = copy.deepcopy(tree)
clone.children[1].children[0].name = "changed"
print(tree.children[1].children[0].name, clone.children[1].children[0].name, copy.replace(tree, name="r2").name if hasattr(copy, "replace") else "no replace in 3.11")


class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError("NoCopy cannot be deep-copied")


try:
    copy.deepcopy({"k": NoCopy()})
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
next(it)
it2 = copy.copy(it)
print(type(it2).__name__, list(it2), list(it))
import types
gen = (x for x in range(2))
try:
    copy.deepcopy(gen)
except TypeError as e:
    print("TypeError:", e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.deepcopy(types.SimpleNamespace(a=[1])))
