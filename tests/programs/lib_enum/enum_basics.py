# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, aliases, functional API, members with methods.
import enum
from enum import Enum, Flag, IntEnum, IntFlag, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

    @property
    def hex(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]

    def mix(self, other):
        return f"{self.name.lower()}+{other.name.lower()}"

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED.hex, Color.RED.mix(Color.BLUE), Color.default(), type(Color.RED), isinstance(Color.RED, Color))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED is Color(1), Color.RED in Color, hash(Color.RED) == hash(Color.CRIMSON))
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON], sorted(Color, key=lambda c: c.name))
print(f"{Color.RED}", f"{Color.RED!r}", format(Color.RED), str(Color.GREEN))
for bad in (lambda: Color(7), lambda: Color["PINK"], lambda: setattr(Color, "RED", 5), lambda: Color.RED < Color.BLUE):
    try:
        bad()
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e23, 2.4397e6)).name)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority(3), sorted([Priority.HIGH, Priority.LOW]), Priority.LOW == 1)
print(str(Priority.HIGH), repr(Priority.HIGH), f"{Priority.HIGH}", int(Priority.MEDIUM), [1, 2, 3][Priority.LOW])


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper(), "mode=" + Mode.WRITE, Mode("read"))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


rw = Perm.R | Perm.W
print(rw, repr(rw), rw is Perm.RW, Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), list(Perm.R | Perm.X))
print(~Perm.R, rw & Perm.W, rw ^ Perm.R, Perm(7), list(Perm), [m.name for m in Perm.RW], Perm.RW.value)


class Bits(IntFlag):
    A = 1
    B = 2
    C = 4


print(Bits.A | Bits.C, Bits.A | 8, repr(Bits(3)), Bits.B + 1, Bits(0), Bits.A == 1, Bits(5) & Bits.C)


class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = 10
    FOURTH = auto()


print([(m.name, m.value) for m in Auto])


class Name(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    ALPHA = auto()
    BETA = auto()


print([m.value for m in Name])

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

Animal = Enum("Animal", "ANT BEE CAT")
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
Level = IntEnum("Level", {"DEBUG": 10, "INFO": 20})
print(list(Animal), Animal.BEE.value, Shape.TRIANGLE, Shape(4), Level.INFO > Level.DEBUG, Animal.__name__)

try:
    class Extended(Color):
        PURPLE = 4
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Status("ACTIVE"), Status("Inactive"))
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)

match Color.BLUE:
    case Color.RED:
        print("matched red")
    case Color.BLUE | Color.GREEN:
        print("matched blue or green")

print(enum.Enum.__name__, issubclass(IntEnum, int), isinstance(Mode.READ, str), Color.RED.__class__.__mro__[1])
print(Color.__doc__ is None or Color.__doc__[:30], dir(Color.RED)[:3] == ['__class__', '__doc__', '__eq__'] or sorted(dir(Color.RED))[:4])
