# The rest of math: gamma/lgamma, hypot/dist, fsum, isclose, nextafter/ulp, remainder, frexp/ldexp/modf, comb/perm.
import math
def r(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for x in [0.5, 1.5, 2.5, 5.0, 10.3, 23.0, 24.0, 100.5, 170.9, 171.7, -0.5, -1.5, -2.5, -100.5, -171.5, -200.5, 1e-30, -1e-30, 0.0, -2.0]:
    print(x, r(lambda: math.gamma(x)), r(lambda: math.lgamma(x)))
print(math.hypot(3, 4), math.hypot(*range(10)), math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308, 1e308), math.hypot(-0.0),
      math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), math.dist((1, 2, 3), [4, 5, 6]), math.dist((0.1,) * 5, (0.3,) * 5))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1e-16, 1, 1e16]),
      r(lambda: math.fsum([1e308, 1e308])), r(lambda: math.fsum([math.inf, -math.inf])), math.fsum([math.inf, 1]), math.fsum([2 ** 60, 1, -2 ** 60]))
print(math.isclose(1, 1 + 1e-9), math.isclose(1, 1 + 1e-8), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(math.inf, math.inf),
      math.isclose(-math.inf, math.inf), r(lambda: math.isclose(1, 2, rel_tol=-1)), r(lambda: math.isclose(1, 2, 3)))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(5e-324, 0), math.nextafter(1.7976931348623157e308, math.inf),
      math.ulp(1), math.ulp(5e-324), math.ulp(1.7976931348623157e308), math.ulp(-0.0), math.ulp(math.nan))
print([math.remainder(x, 2) for x in [-3, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3, 5.5]], math.remainder(-0.0, 1), r(lambda: math.remainder(1, 0)))
print(math.frexp(0.1), math.frexp(-5e-324), math.frexp(math.inf), math.ldexp(1, -1074), math.ldexp(1, -1075), r(lambda: math.ldexp(1, 1024)),
      math.ldexp(1.5, 2 ** 100) if False else '', math.modf(-0.0), math.modf(5e-324), math.modf(-math.inf))
print(math.comb(1000, 500) % 10 ** 20, math.perm(20, 10), math.perm(5, 0), math.comb(5, 5), math.factorial(30), r(lambda: math.comb(2 ** 70, 2 ** 69)),
      r(lambda: math.perm(-1)), r(lambda: math.factorial(5.0)), r(lambda: math.gcd(2.0)), math.gcd(2 ** 100, 6 ** 40, 10 ** 30), math.lcm(2 ** 40, 3 ** 20, 0))
print(math.log(10 ** 500), math.log2(2 ** 3000 + 1), math.log10(10 ** 400), math.log(2 ** 2000, 2 ** 1000), r(lambda: math.log(-(10 ** 400))), r(lambda: math.log(1, 1)))
print(math.cbrt(27), math.cbrt(-64), math.cbrt(2), math.exp2(0.5), math.expm1(1e-10), math.log1p(-0.5), math.erf(0.5), math.erfc(-1), math.atan2(-0.0, -1))
print(math.prod([1.5, 2, 3]), math.prod(range(1, 20), start=2), math.prod([], start='s'), r(lambda: math.prod([1], 2)), r(lambda: math.prod()))
