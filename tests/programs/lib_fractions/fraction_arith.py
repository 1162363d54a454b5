# fractions.Fraction: construction from ints/strings/floats/decimals, arithmetic, comparison, rounding, errors.
import math
from decimal import Decimal
from fractions import Fraction

print(Fraction(3, 4), Fraction(6, 8), Fraction(-6, 8), Fraction(6, -8), Fraction(0, 5), Fraction(7))
print(Fraction("3/4"), Fraction(" -1/3 "), Fraction("1.25"), Fraction("-2.5e-3"), Fraction("7e2"), Fraction("1_000/3"))
print(Fraction(0.5), Fraction(0.1), Fraction(1e-10).limit_denominator(), Fraction(Decimal("3.14")), Fraction(Fraction(2, 3), Fraction(4, 5)))
print(Fraction.from_float(2.25), Fraction.from_decimal(Decimal("-0.125")), (0.75).as_integer_ratio(), Fraction(5, 10).as_integer_ratio())
f = Fraction(22, 7)
print(repr(f), str(f), f.numerator, f.denominator, float(f), int(f), int(-f), math.floor(-f), math.ceil(f), math.trunc(-f))
print(round(f), round(f, 2), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1234, 1), -2))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, a ** -2, 4 ** Fraction(1, 2), a ** 0.5)
print(a + 1, 1 - a, 2 * a, a / 3, a + 0.5, 0.5 + a, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(3) == 3)
print(a < b, a > 0.3, max(a, b, Fraction(1, 4)), sorted([Fraction(2, 3), Fraction(1, 2), Fraction(-1, 5)]), a != b)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), {Fraction(1, 2): "half"}[0.5])
print(bool(Fraction(0)), bool(a), Fraction(1, 3) + Fraction(2, 3), type(Fraction(1, 3) + Fraction(2, 3)).__name__)
print(sum(Fraction(1, n) for n in range(1, 11)), math.prod(Fraction(n, n + 1) for n in range(1, 10)))
print(Fraction(math.pi).limit_denominator(10), Fraction(math.pi).limit_denominator(1000), Fraction("3.14159").limit_denominator(100))
print(f"{Fraction(1, 3)!s:>8}|{Fraction(-7, 3)!r}|{str(Fraction(5, 1))}", complex(Fraction(1, 2)), Fraction(1, 2) + 1j)
print(Fraction(10, 4) == 2.5, Fraction(2**100, 3**50) > 1, Fraction(-3, 9).limit_denominator(2))
h = [Fraction(1, 1)]
for n in range(2, 8):
    h.append(h[-1] + Fraction(1, n))
print(", ".join(str(x) for x in h))

for bad in (lambda: Fraction(1, 0), lambda: Fraction("1/0"), lambda: Fraction("abc"), lambda: Fraction("1.5/2"),
            lambda: Fraction(1.5, 2), lambda: Fraction(float("nan")), lambda: Fraction(float("inf")), lambda: Fraction([1]),
            lambda: Fraction(1, 2) / 0, lambda: Fraction(1, 2) + "x", lambda: Fraction(0) ** -1, lambda: Fraction(1, 3).limit_denominator(0)):
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
