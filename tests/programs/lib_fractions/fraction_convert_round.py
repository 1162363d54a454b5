# fractions.Fraction: construction from strings/floats/Decimals, arithmetic with int/float/complex, rounding, limit_denominator, errors.
import math
from decimal import Decimal
from fractions import Fraction as F

for src in ("3/4", " -6/8 ", "1.25", "-0.5e2", "7", "1_000/3", "+2/4", "3.1415926535", "1e-3"):
    print(repr(src), F(src))
print(F(0.1), F(2.5), F(-0.0), F(Decimal("1.1")), F(3, -6), F(F(1, 3), F(1, 6)), F(1.5, 2) if False else F(True))
print(F.from_float(0.25), F.from_decimal(Decimal("-2.75")), (0.75).as_integer_ratio(), F(7, 3).as_integer_ratio())
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** 3, abs(-a), +a, -a)
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 + a, a + 1j, a ** 0.5, 2 ** F(1, 2), 4 ** F(1, 2), F(4) ** F(1, 2))
print(F(9, 4) ** F(1, 2), F(-8) ** F(1, 3) if False else F(8, 27) ** 2)
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(1) == 1, a < b, a > 0.3, F(1, 2) <= Decimal("0.5") if False else a >= b)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)) == hash(F(2, 6)))
x = F(-7, 2)
print(math.floor(x), math.ceil(x), math.trunc(x), round(x), round(F(5, 2)), round(F(7, 2)), round(x, 1), round(F(12345, 100), -1))
print(int(x), float(x), bool(F(0)), bool(x), str(x), repr(x), x.numerator, x.denominator)
print(F("3.14159265358979").limit_denominator(1000), F(math.pi).limit_denominator(100), F(1, 3).limit_denominator(2))
print(F(10, 3).limit_denominator(1), F(3, 2).limit_denominator(10))
print(F(1, 3).__round__(), type(round(F(1, 3))).__name__, type(round(F(1, 3), 2)).__name__, type(a + 1.0).__name__)
print(format(F(1, 3), "") if hasattr(F, "__format__") and False else str(F(1, 3)))
for bad in (lambda: F(1, 0), lambda: F("1/0"), lambda: F("abc"), lambda: F("1/2/3"), lambda: F(float("nan")),
            lambda: F(float("inf")), lambda: F(1.5, 2), lambda: F("1.5/2"), lambda: F(1) / 0, lambda: F(1) // 0,
            lambda: F(0) ** -1, lambda: F(1).limit_denominator(0), lambda: F([1]), lambda: F(1) + "x", lambda: F(1) < "x"):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(sum([F(1, n) for n in range(1, 8)]), math.prod([F(2, 3)] * 3), sorted([F(1, 2), 0.3, 1, F(-1, 3)]))
print(F(1, 3).is_integer() if hasattr(F, "is_integer") else "no is_integer", isinstance(F(1), __import__("numbers").Rational))
