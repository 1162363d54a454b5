# Float powers in compiled code: libm's pow for a finite positive base, and
# CPython's special cases (zero, negative, infinite and NaN operands,
# overflow, underflow) through the full path.
import math
def run(pairs):
    out = []
    for x, y in pairs:
        try:
            r = x ** y
            out.append(repr(r))
        except (OverflowError, ZeroDivisionError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out
vals = [2.0, 0.5, 1.0, 1e-300, 1e300, 10.0, 3.7, 0.0, -0.0, -2.0, -8.0, math.inf, -math.inf, math.nan]
exps = [0.5, -1.5, 2.0, 3, -3, 0.0, 1e10, -1e10, 1/3, 700.0, -700.0, math.inf, math.nan, 2]
pairs = [(x, y) for x in vals for y in exps]
res = None
for i in range(1500):
    res = run(pairs)
for p, r in zip(pairs, res):
    print(p, r)
print(2 ** 0.5, 10 ** -2.0, (2.0 ** 1074) if False else 2.0 ** -1074, 2.0 ** -1080)
