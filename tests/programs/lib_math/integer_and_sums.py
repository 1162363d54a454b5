# math integer functions (comb, perm, factorial, isqrt, gcd/lcm varargs), fsum/prod/dist/hypot exactness, nextafter/ulp, errors with CPython's messages.
import math
from fractions import Fraction
from decimal import Decimal

print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(3, 5), math.factorial(25))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40 + 1), math.gcd(), math.gcd(12), math.gcd(12, -18, 30), math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([float("inf"), 1]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod([Fraction(1, 2), 3]), math.prod([1, 2], start=10), math.prod(["a"], start=1) if False else None)
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1, 1), math.hypot(-5))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0), math.ulp(float("inf")), math.nextafter(1.0, 1.0))
print(math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(-7, 2), math.modf(-3.5), math.frexp(40.0), math.ldexp(0.625, 6))
print(math.trunc(-2.7), math.floor(Fraction(7, 2)), math.ceil(Decimal("2.1")), math.floor(-0.0), math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.log(8, 2), math.log(10**400), math.log2(2**1000), math.log10(10**50), math.log1p(1e-20), math.expm1(1e-10), math.exp(0))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.tau == 2 * math.pi, math.e, math.inf > 10**400)
errors = [
    lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.comb(1.5, 1), lambda: math.perm(-3), lambda: math.factorial(-1),
    lambda: math.factorial(2.5), lambda: math.isqrt(-1), lambda: math.gcd(1.5), lambda: math.lcm("a"), lambda: math.sqrt(-1),
    lambda: math.log(0), lambda: math.log(-1), lambda: math.log(10, 1), lambda: math.dist((1,), (1, 2)), lambda: math.dist(1, 2),
    lambda: math.fsum([float("inf"), -float("inf")]), lambda: math.exp(1000), lambda: math.ldexp(1.0, 10**6), lambda: math.fmod(1, 0),
    lambda: math.prod(5), lambda: math.ulp("x"), lambda: math.isclose(1, 1, rel_tol=-1), lambda: math.pow(0, -1), lambda: math.acos(2),
    lambda: math.fsum([1e308, 1e308]), lambda: math.floor("x"), lambda: math.trunc(None),
]
for bad in errors:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
