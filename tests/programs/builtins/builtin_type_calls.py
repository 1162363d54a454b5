# Calls of built-in types go straight to their own __new__ (then __init__):
# results, keyword arguments and errors as CPython's.
def attempt(f):
    try:
        return f()
    except (TypeError, ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)

cases = [
    lambda: range(5), lambda: list(range(2, 9, 3)), lambda: range(-5, 5, -1),
    lambda: range(0, 10 ** 20, 7)[-1], lambda: range(10)[-1], lambda: range(1, 2, 0),
    lambda: tuple([1, 2]), lambda: tuple(), lambda: set([3, 1, 3]), lambda: set(),
    lambda: frozenset("aba") == frozenset("ab"), lambda: list((1, 2)), lambda: dict(a=1, b=2),
    lambda: dict([("x", 1)], y=2), lambda: int("12"), lambda: int("ff", base=16), lambda: int("12", 8),
    lambda: float("1.5"), lambda: float(3), lambda: float("x"), lambda: str(12), lambda: str(b"ab", "ascii"),
    lambda: str(object=5), lambda: bool([]), lambda: bool(3), lambda: bytes(3), lambda: bytearray(b"ab"),
    lambda: complex(1, 2), lambda: slice(1, 5, 2), lambda: type(3).__name__, lambda: object().__class__.__name__,
    lambda: set(1, 2), lambda: tuple(1), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range("a"),
    lambda: list(a=1), lambda: enumerate("ab", start=5).__next__(), lambda: zip("ab", "cd", strict=True).__next__(),
    lambda: reversed([1, 2]).__next__(), lambda: int(x="3"),
]
for i in range(3):
    out = [attempt(c) for c in cases]
for c, o in zip(cases, out):
    print(o)

class MySet(set):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = len(self)

class MyTuple(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)

class MyInt(int):
    pass

for i in range(3):
    s = MySet([1, 2, 2])
    t = MyTuple(1, 2)
    m = MyInt("7")
print(sorted(s), s.extra, t, type(t).__name__, m + 1, type(m).__name__)
print(attempt(lambda: MyInt("z")))

# float() of ints without a lookup of __float__; str() of one object at once.
class MyStr(str):
    pass

class IntLike(int):
    def __float__(self):
        return 0.25

for i in range(3):
    vals = [float(10 ** 20), float(-5), float(True), float(2 ** 53 + 1), float(IntLike(3)),
            str(7), str(None), str(3.5), MyStr(5), type(MyStr(5)).__name__, str(b"x")]
print(vals)
print(attempt(lambda: float(2 ** 1100)), attempt(lambda: str(1, 2)))
