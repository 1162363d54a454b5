# math functions over edge values not covered by numbers/math_*.py.
import math

inf, nan = math.inf, math.nan
def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return '%s(%s)' % (type(e).__name__, e)
vals = [-inf, -1e308, -2.5, -1.0, -0.5, -0.0, 0.0, 5e-324, 0.5, 1.0, 2.5, 710.0, 1e308, inf, nan]
for name in ['acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh',
             'exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sqrt', 'cbrt', 'fabs', 'erf', 'erfc',
             'gamma', 'lgamma', 'degrees', 'radians', 'ceil', 'floor', 'trunc', 'isfinite', 'isinf', 'isnan', 'ulp']:
    f = getattr(math, name)
    print(name, ' '.join(show(f, v) for v in vals))
for name in ['atan2', 'copysign', 'fmod', 'remainder', 'pow', 'hypot', 'nextafter', 'ldexp']:
    f = getattr(math, name)
    row = []
    for x in [-inf, -1.5, -0.0, 0.0, 2.0, inf, nan]:
        for y in [-inf, -2.0, -0.0, 0.0, 0.5, 3.0, inf, nan]:
            row.append(show(f, x, int(y) if name == 'ldexp' and math.isfinite(y) else y))
    print(name, ' '.join(row))
print(math.frexp(0.0), math.frexp(-5e-324), math.frexp(1e308), math.modf(-2.5), math.modf(inf), math.modf(-0.0))
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.prod(range(1, 15)), math.prod([1.5, 2], start=2))
print(math.dist((1, 2), (4, 6)), math.hypot(3, 4, 12), math.comb(50, 25), math.perm(10, 3), math.perm(5), math.isqrt(10**40 + 1))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18, 30), math.lcm(4, 6, 10), math.lcm(), math.factorial(20))
print(math.log(2**1000), math.log(10**400, 10), math.log2(2**2000), math.log10(10**500), math.log(8, 2), math.log1p(-0.5))
print(math.isclose(1, 1 + 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(nan, nan))
for call in [lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.comb(-1, 2), lambda: math.isqrt(-1),
             lambda: math.log(0), lambda: math.log(-1, 2), lambda: math.log(10, 1), lambda: math.sqrt('x'),
             lambda: math.pow(0, -1), lambda: math.dist((1,), (1, 2)), lambda: math.perm(3, -1), lambda: math.ldexp(1.0, 1.5)]:
    print(show(call))
