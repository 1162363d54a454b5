# enum Flag/IntFlag: composition, iteration, membership, negation, boundaries (STRICT/CONFORM/EJECT/KEEP), reprs, pseudo-members.
import enum
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

print(list(Perm), [m.value for m in Perm], Perm.__members__.keys())
rwx = Perm.R | Perm.W | Perm.X
print(rwx, repr(rwx), rwx.value, rwx.name, len(rwx), list(rwx))
print(Perm.RW, repr(Perm.RW), Perm.RW.name, Perm.R in Perm.RW, Perm.X in Perm.RW, Perm.R & Perm.X, bool(Perm.R & Perm.X))
print(~Perm.R, ~rwx, repr(Perm(0)), bool(Perm(0)), Perm(0).name, Perm(3) is Perm.RW, Perm.W ^ Perm.RW)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)

class Color(IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4

c = Color.RED | Color.BLUE
print(c, repr(c), c == 5, c + 1, c | 8, repr(c | 8), Color(9), repr(Color(0)), isinstance(c, int))
print(~Color.RED, repr(~Color.RED), Color.RED & 3, 3 & Color.RED, format(c), f"{c:>4}", str(Color.GREEN))
print(list(Color(7)), Color(7).name, Color.RED in c, Color.GREEN in Color(5))

class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
class Eject(Flag, boundary=enum.EJECT):
    A = 1
    B = 2
class Keep(Flag, boundary=enum.KEEP):
    A = 1
    B = 2
for cls in (Strict, Conform, Eject, Keep):
    try:
        r = cls(7)
        print(cls.__name__, repr(r))
    except ValueError as e:
        print(cls.__name__, "ValueError:", e)

class Big(Flag):
    NONE = 0
    A = 1
    B = 2
    C = 4
    ALL = 7
print(list(Big), Big.ALL, Big.NONE, repr(~Big.ALL), repr(~Big.NONE), Big(5))

class Mixed(enum.IntFlag):
    X = 1
    Y = 2
print(Mixed.X | Mixed.Y | 4, Mixed.X.bit_length() if hasattr(Mixed.X, "bit_length") else None)
print(enum.show_flag_values(13) if hasattr(enum, "show_flag_values") else "n/a")
print(Perm.R.__class__.__mro__[:2], issubclass(Color, int), Color._boundary_, Perm._boundary_)
