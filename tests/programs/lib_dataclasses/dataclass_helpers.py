# dataclasses helpers: asdict/astuple (nested, dict_factory, namedtuples), replace (InitVar, init=False), frozen, slots, make_dataclass.
import collections
import dataclasses
from dataclasses import FrozenInstanceError, InitVar, asdict, astuple, dataclass, field, make_dataclass, replace

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Shape:
    name: str
    points: list
    center: Point
    extra: dict = field(default_factory=dict)

P = collections.namedtuple("P", "a b")
s = Shape("tri", [Point(0, 0), Point(1, 0)], Point(0, 1), {"k": Point(5, 5), "t": (Point(1, 1),), "nt": P(Point(2, 2), 3)})
print(asdict(s))
print(astuple(s))
print(asdict(Point(1, 2), dict_factory=lambda items: sorted(items, reverse=True)))
print(astuple(Point(1, 2), tuple_factory=list))
lst = [1]
d = asdict(Shape("n", lst, Point(0, 0)))
print(d["points"] is lst, d["points"] == lst)
for bad in (lambda: asdict(Point), lambda: asdict(5), lambda: astuple([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

p2 = replace(Point(1, 2), y=5)
print(p2)
try:
    replace(Point(1, 2), z=1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False, default=0)
    def __post_init__(self, scale):
        self.b = self.a * scale

w = WithInit(2, 3)
print(w, replace(w, scale=10), replace(w, a=5, scale=1))
try:
    replace(w, b=1)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(w)
except ValueError as e:
    print("ValueError:", e)

@dataclass(frozen=True)
class Frozen:
    x: int
    tags: tuple = ()

f = Frozen(1)
for act in (lambda: setattr(f, "x", 2), lambda: delattr(f, "x"), lambda: setattr(f, "new", 1)):
    try:
        act()
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e, isinstance(e, AttributeError))
print(hash(f) == hash(Frozen(1)), {f, Frozen(1)}, replace(f, x=3))

try:
    @dataclass
    class Thaw(Frozen):
        y: int = 0
except TypeError as e:
    print("TypeError:", e)

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"

sl = Slotted(1)
print(sl, Slotted.__slots__, hasattr(sl, "__dict__"))
try:
    sl.c = 3
except AttributeError as e:
    print("AttributeError:", e)

@dataclass(frozen=True, slots=True)
class FS:
    v: int
print(FS(3), hash(FS(3)) == hash((3,)))

C = make_dataclass("C", [("x", int), "y", ("z", int, field(default=5))], bases=(), namespace={"total": lambda self: self.x + self.y + self.z}, order=True)
c = C(1, 2)
print(c, c.total(), C(1, 2) < C(1, 3), C.__name__, [f.name for f in dataclasses.fields(C)])
try:
    make_dataclass("D", ["a", "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    make_dataclass("E", ["class"])
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.is_dataclass(c), dataclasses.is_dataclass(C), dataclasses.is_dataclass(5))
