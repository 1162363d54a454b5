# float.hex/fromhex/is_integer/as_integer_ratio, round() half-even with ndigits, float % // divmod signs,
# float() parsing and the errors
import sys
vals = [0.0, -0.0, 0.1, 0.5, 1.0, -1.5, 2.0**-1074, 2.0**-1022, sys.float_info.max, 1/3, 1e23, 123.456, float("inf"), float("-inf")]
for v in vals:
    try:
        ratio = v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        ratio = f"{type(e).__name__}: {e}"
    print(repr(v), v.hex(), v.is_integer(), ratio)
print(float("nan").hex(), float("nan").is_integer())
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
for s in ["0x1.999999999999ap-4", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0x1.fffffffffffff8p1023", "0x1p1024",
          " 0x1p0 ", "-0x0p0", "0xAbC.dEp1", "1p4", "0x.p1", "0x1.p", "infinity", "-Infinity", "nan", "0x1_0p0", "0x1P+3"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), f"{type(e).__name__}: {e}")
class F(float): pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))
# round() of floats: correctly rounded, halves to even, ndigits negative and large
for v in [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.0000000000000002, 5e-324, 1e300, 123.456, -123.456]:
    print(repr(v), [round(v, n) for n in (None, 0, 1, 2, 3, -1, -2, 20, 400, -400)])
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(-0.0, 1), round(0.0, -3), round(-0.4), round(1e22), round(2.5e-10, 10))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(f"round({bad}) -> {type(e).__name__}: {e}")
    print(round(bad, 2))
try:
    round(1.5, None), round(1.5, "1")
except TypeError as e:
    print("TypeError:", e)
class RoundMe:
    def __round__(self, n=None): return ("rounded", n)
print(round(RoundMe()), round(RoundMe(), 3))
try:
    round(object())
except TypeError as e:
    print("TypeError:", e)
# float % // divmod: sign follows the divisor, -0.0 results
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 5), (-0.0, 5), (0.0, -5), (5, float("inf")), (-5, float("inf")),
         (5, float("-inf")), (float("inf"), 5), (1e300, 1e-300), (-1e-300, 1e300), (3, 0.1), (1, 0.1), (6.0, 3.0), (-6.0, 3.0)]
for a, b in pairs:
    try:
        print(a, b, repr(a % b), repr(a // b), divmod(a, b), repr(a / b) if b else "")
    except ZeroDivisionError as e:
        print(a, b, "ZeroDivisionError:", e)
for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0), (1.0, -0.0)]:
    for op in ("/", "//", "%", "divmod"):
        try:
            r = divmod(a, b) if op == "divmod" else eval(f"a {op} b")
        except ZeroDivisionError as e:
            r = f"ZeroDivisionError: {e}"
        print(a, op, b, r)
# pow with floats
for a, b in [(2.0, 0.5), (-8.0, 1 / 3), (0.0, -1), (-0.0, -1), (-0.0, -2), (0.0, 0), (float("nan"), 0), (1.0, float("nan")),
             (-1.0, float("inf")), (2.0, 1e10), (-2.0, 3.0), (1e200, 2), (10.0, -400), (float("inf"), -1), (-float("inf"), 3)]:
    try:
        print(a, b, repr(a ** b))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(a, b, f"{type(e).__name__}: {e}")
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
# float() parsing
for s in ["1e5", " -1.5 ", "1_000.5", "1__0", "_1", ".5", "5.", "1e", "e5", "inf", "-iNF", "nan", "+nan", "infinity", "infinit",
          "0x10", "1.7976931348623159e308", "1e-400", "١.٥", "1.5\x00", "", "   "]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(float(b"2.5"), float(bytearray(b"-1e2")), float(True), float(10**20), float(-(2**1023)))
for bad in [10**400, "1" * 400, [1.0], None]:
    try:
        print(float(bad))
    except (OverflowError, TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}"[:100])
class FloatLike:
    def __float__(self): return 2.5
class IndexLike:
    def __index__(self): return 7
class BadFloat:
    def __float__(self): return "no"
print(float(FloatLike()), float(IndexLike()))
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, (0.1).__round__(), float.__trunc__(2.7), (2.5).__floor__(), (-2.5).__ceil__())
try:
    (1e308 * 10).__trunc__()
except OverflowError as e:
    print("OverflowError:", e)
