# enum customisation: _missing_, _generate_next_value_, _ignore_, __new__ with extra values, unique/verify, StrEnum, errors.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique

class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None

print(Status("404"), Status(200))
try:
    Status(500)
except ValueError as e:
    print("ValueError:", e)
try:
    Status["MISSING"]
except KeyError as e:
    print("KeyError:", e)

class BadMissing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return "not a member"
try:
    BadMissing(2)
except Exception as e:
    print(type(e).__name__ + ":", e)

class Lower(StrEnum):
    ALPHA = auto()
    BETA = auto()
print(Lower.ALPHA, repr(Lower.BETA), Lower.ALPHA == "alpha", Lower.ALPHA.upper(), f"{Lower.BETA}", Lower("beta"))

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}-{count}"
    FIRST = auto()
    SECOND = auto()
print([m.value for m in Named])

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 3)
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.MERCURY.gravity, Planet((3.303e23, 2.4397e6)))

class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY, Coord.PY.value, Coord.PY.label, Coord(0), bytes(Coord.PY))

class Days(Enum):
    _ignore_ = "i"
    MON = 1
    TUE = 2
    for i in range(3):
        pass
print(list(Days))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)

try:
    @enum.verify(enum.CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        B = 3
except ValueError as e:
    print("ValueError:", e)

class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), list(Alias.__members__))

for bad in ("class E(Enum):\n A = 1\n A = 2", "class E(Enum):\n mro = 1", "class E(Enum):\n _sunder_ = 1",
            "class E(Enum):\n A = 1\nclass F(E):\n B = 2"):
    try:
        exec(bad, {"Enum": Enum})
    except Exception as e:
        print(type(e).__name__ + ":", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)], module=__name__)
print(Shape.TRI, Shape.TRI.value, Shape.__module__)
IE = IntEnum("IE", {"X": 10, "Y": 20})
print(IE.X + 1, IE(20), sorted(IE, reverse=True))
try:
    Status.OK = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Status.OK
except AttributeError as e:
    print("AttributeError:", e)
print(Status.OK.name, Status.OK._name_, Status.OK._value_, Status.__members__["OK"], len(Status), Status.OK in Status)
print(hash(Status.OK) == hash("OK"), Status.OK < Status.OK if False else "no ordering")
try:
    Status.OK < Status.NOT_FOUND
except TypeError as e:
    print("TypeError:", e)
