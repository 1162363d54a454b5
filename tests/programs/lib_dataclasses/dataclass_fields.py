# dataclasses: field() options (default_factory, init/repr/compare/hash/metadata, kw_only), InitVar, __post_init__, fields().
import dataclasses
from dataclasses import InitVar, KW_ONLY, dataclass, field, fields

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    weight: float = field(default=1.0, compare=False)
    count: int = field(default=0, init=False)
    meta: dict = field(default_factory=dict, metadata={"unit": "kg"}, hash=False)

a = Item("a")
b = Item("a", ["x"], "other", 5.0)
print(a, b, a == Item("a", [], "s", 9.0), a == b)
a.tags.append(1)
print(a.tags, Item("z").tags, a.count)
for f in fields(Item):
    print(f.name, f.type.__name__, f.default is dataclasses.MISSING, f.default_factory is dataclasses.MISSING,
          f.init, f.repr, f.compare, f.hash, dict(f.metadata), f.kw_only)
print(fields(a)[5].metadata["unit"], type(fields(a)[5].metadata).__name__)
try:
    fields(Item)[5].metadata["x"] = 1
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Account:
    owner: str
    opening: InitVar[int] = 0
    balance: int = field(init=False)
    def __post_init__(self, opening):
        self.balance = opening * 2

acc = Account("ann", 50)
print(acc, acc.balance, [f.name for f in fields(Account)], hasattr(acc, "opening"), Account.opening)
try:
    Account("x", 1, 2)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class KW:
    x: int
    _: KW_ONLY
    y: int = 2
    z: int = field(default=3, kw_only=False)

print(KW(1), KW(1, 4, y=9))
try:
    KW(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 0
print(AllKW(a=1), [f.kw_only for f in fields(AllKW)])
try:
    AllKW(1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Base:
    x: int = 1
    y: int = 2

@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10

print(Derived(), [f.name for f in fields(Derived)])

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)
print(sorted([Version(1, 2, "b"), Version(1, 0), Version(0, 9, "a")]), Version(1) <= Version(1, 0, "zzz"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass(eq=True, frozen=False, unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(hash=False, default=None)
print(hash(Hashable(1)) == hash(Hashable(1, [1])), Hashable.__hash__ is not None)

@dataclass
class NoHash:
    a: int
print(NoHash.__hash__)

@dataclass(repr=False, eq=False, init=False)
class Bare:
    a: int = 5
print(type(Bare()).__repr__ is object.__repr__, Bare() == Bare(), Bare().a)
print(Item.__match_args__, KW.__match_args__, Item.__dataclass_params__)
