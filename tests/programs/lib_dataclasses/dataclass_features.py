# dataclasses: generated methods, field options, ordering, frozen, slots, kw_only, post_init, InitVar, helpers.
import dataclasses
from dataclasses import InitVar, KW_ONLY, asdict, astuple, dataclass, field, fields, is_dataclass, make_dataclass, replace
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p != Point(2, 1), p.norm1())
print(Point.__init__.__doc__, Point.__match_args__, Point.__dataclass_params__.order, Point.__hash__)
print([(f.name, f.type, f.default is dataclasses.MISSING or f.default) for f in fields(Point)])


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{'-' + self.label if self.label else ''}"


vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9, "beta"), Version(1, 2, 0, "rc")]
print(sorted(vs), [str(v) for v in sorted(vs)])
print(Version(1, 2) == Version(1, 2, 0, "rc"), Version(2) > Version(1, 99), hash(Version(1)) == hash(Version(1, 0, 0, "x")))
print(len({Version(1), Version(1, 0), Version(2)}), max(vs))
try:
    vs[0].major = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(vs[0], patch=7), vs[0])


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    count: int = field(init=False, default=0)
    secret: str = field(default="hidden", repr=False)
    tags: dict = field(default_factory=dict, compare=False, metadata={"doc": "free-form tags"})
    registry: ClassVar[list] = []

    def __post_init__(self):
        self.count = len(self.items)
        Inventory.registry.append(self.owner)


a = Inventory("ann", ["x", "y"])
b = Inventory("bob")
b.items.append("z")
print(a, b, a.count, b.count, Inventory.registry, Inventory("ann", ["x", "y"], tags={"k": 1}) == a)
print(fields(Inventory)[4].metadata["doc"], [f.name for f in fields(a)], "registry" in Inventory.__dataclass_fields__)
print(asdict(a), astuple(b))


@dataclass
class Temperature:
    celsius: float
    unit: InitVar[str] = "C"

    def __post_init__(self, unit):
        if unit == "F":
            self.celsius = round((self.celsius - 32) * 5 / 9, 2)
        elif unit != "C":
            raise ValueError(f"unknown unit {unit!r}")


print(Temperature(212, "F"), Temperature(20), [f.name for f in fields(Temperature)])
try:
    Temperature(1, "K")
except ValueError as e:
    print("ValueError:", e)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Job:
    name: str
    _: KW_ONLY
    retries: int = 3
    timeout: float = 1.5


print(Options(level=3), Job("build", timeout=9), Job("x", retries=0))
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
try:
    Job("a", 5)
except TypeError as e:
    print("TypeError:", e)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

try:
    make_dataclass("Pt3", [("x", int), ("y", int, field(default=0)), "z"])
except TypeError as e:
    print("TypeError:", e)
Pt3 = make_dataclass("Pt3", [("x", int), ("y", int, field(default=0)), ("z", int, field(default=5))],
                     namespace={"total": lambda self: self.x + self.y + self.z}, order=True)
q = Pt3(1, 2)
print(q, q.total(), Pt3(1) < Pt3(2), is_dataclass(q), is_dataclass(Pt3), is_dataclass(3))


@dataclass(eq=False)
class Identity:
    v: int


print(Identity(1) == Identity(1), Identity.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    v: int
    w: list = field(default_factory=list, hash=False)


print(hash(Hashy(5)) == hash(Hashy(5, [1])), Hashy(5) == Hashy(5, [1]))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(asdict(tree))
print(astuple(tree), asdict(tree, dict_factory=lambda kv: sorted(kv)))
print(repr(Node(0, [Node(0)])))
