# Reflected operators (__radd__ etc.) are tried when the left operand can't handle it
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "R(" + str(self.v) + ")"
    def __add__(self, o):
        print("  R.__add__")
        if isinstance(o, R):
            return R(self.v + o.v)
        if isinstance(o, int):
            return R(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("  R.__radd__ with", repr(o))
        if isinstance(o, int):
            return R(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return R(o - self.v)
    def __rmul__(self, o):
        return R(o * self.v)
    def __rtruediv__(self, o):
        return R(o / self.v)
    def __rfloordiv__(self, o):
        return R(o // self.v)
    def __rmod__(self, o):
        return R(o % self.v)
    def __rpow__(self, o):
        return R(o ** self.v)
    def __rlshift__(self, o):
        return R(o << self.v)
    def __rand__(self, o):
        return R(o & self.v)
    def __ror__(self, o):
        return R(o | self.v)
    def __rxor__(self, o):
        return R(o ^ self.v)
print(R(1) + 2)
print(2 + R(1))
print(R(1) + R(2))
print(10 - R(3), 10 * R(3), 10 / R(4), 10 // R(3), 10 % R(3), 2 ** R(10))
print(1 << R(4), 12 & R(10), 12 | R(3), 12 ^ R(10))
print(sum([R(1), R(2), R(3)]))
print(sum([R(5)], 100))
print("x" * 2, [0] * 2)
class Left:
    def __add__(self, o):
        return "Left.__add__"
class Right:
    def __radd__(self, o):
        return "Right.__radd__"
print(Left() + Right(), 1 + Right(), Right.__radd__(Right(), 0))
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__ (subclass reflected wins)"
print(Base() + Derived())
print(Derived() + Base())
class NotOverriding(Base):
    pass
print(Base() + NotOverriding())
