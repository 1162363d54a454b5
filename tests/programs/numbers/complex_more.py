# complex: __complex__/__float__/__index__ conversions, subclasses, repr of special values,
# division-by-zero messages, string parsing corners
class C:
    def __complex__(self): return 1 + 2j
class Fl:
    def __float__(self): return 1.5
class Ix:
    def __index__(self): return 3
class BadC:
    def __complex__(self): return 5
print(complex(C()), complex(Fl()), complex(Ix()), complex(Fl(), Fl()), complex(1 + 1j, 1 + 1j), complex(real=2, imag=3))
for bad in [BadC(), "1+2j", object()]:
    try:
        print(complex(bad, 1))
    except TypeError as e:
        print("TypeError:", e)
try:
    complex(BadC())
except TypeError as e:
    print("TypeError:", e)
class MyC(complex):
    def __repr__(self): return "MyC" + super().__repr__()
m = MyC(1, 2)
print(m, repr(m + 1), type(m + 1).__name__, type(MyC(3)).__name__, MyC("4j"), complex(m), type(complex(m)).__name__)
for z in [complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(1e16, 1e-16), complex(1.5e300, -2e-300),
          complex(float("inf"), float("-inf")), complex(float("nan"), 1), complex(1, float("nan")), complex(123456789.0, 0.1), 1e22j]:
    print(repr(z), str(z), format(z), format(z, ".2f"), format(z, "^30.3e"), format(z, "g"), format(z, "+"))
for a, b in [(1j, 0), (1j, 0j), (1, 0j), (0j, 0j), (1.5, complex(0, 0))]:
    for op in ("/", "//", "%"):
        try:
            print(repr(eval(f"a {op} b")))
        except (ZeroDivisionError, TypeError) as e:
            print(a, op, b, f"{type(e).__name__}: {e}")
for p in [0j ** 0, 0j ** 0j, (1 + 1j) ** 0, 2j ** 2, 2j ** 3, (1 + 2j) ** 10, (3 + 4j) ** 0.5, 1j ** 1j, (-1) ** 0.5, 4 ** 0.5j]:
    print(repr(p))
for b, e in [(0j, -1), (0j, 1j), (0j, -1.5), (0j, complex(-1, 1))]:
    try:
        print(repr(b ** e))
    except ZeroDivisionError as ex:
        print(f"{b} ** {e} -> ZeroDivisionError: {ex}")
try:
    (1e300 + 1e300j) ** 5
except OverflowError as e:
    print("OverflowError:", e)
print(abs(3 + 4j), abs(-0j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError:", e)
for s in ["1+2j", "1-2J", " (1+2j) ", "(1+2j", "1+2j)", "+1j", "-1.5e3-2.5e-3j", "inf+infj", "-nanj", "1e+2j", "j", "2", "1 + 2j",
          "1+2jj", "", " ", "()", "1_2+3_4j", "1__2j", "0x10j", "1+j", "1-j", "(j)", "+j", "-J"]:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(complex("1e308+1e309j"), (1 + 2j) == complex(1, 2), (1 + 0j) == 1.0, 1j != 1j, hash(complex(1, 0)) == hash(1), hash(complex(0, 1)))
print((2 + 3j) * (4 - 5j), (2 + 3j) / (4 - 5j), (1 + 1j) - 1, 1 - (1 + 1j), 2 * 1j, 1j * 1j, (1 + 2j).conjugate() * (1 + 2j))
