# Comparisons of floats (and mixed operands) in hot loops, where tier 1
# compares exact floats inline: NaN, infinities, signed zeros, mixed types.
import math

def count(xs, ys):
    c = [0] * 6
    for x in xs:
        for y in ys:
            c[0] += x < y
            c[1] += x <= y
            c[2] += x == y
            c[3] += x != y
            c[4] += x > y
            c[5] += x >= y
    return c

vals = [0.0, -0.0, 1.5, -2.25, math.inf, -math.inf, math.nan, 1e308, 5e-324]
for _ in range(30):
    r = count(vals, vals)
print(r)
print(count([1, 2.0, True, 3], [2, 2.0, 1.0, False]))

class F(float):
    def __lt__(self, other):
        return "custom"

def lt(a, b):
    r = None
    for _ in range(2000):
        r = a < b
    return r

print(lt(1.0, 2.0), lt(F(1.0), 2.0), lt(2.0, F(1.0)), lt(1.0, 2))
nan = float("nan")
print(lt(nan, nan), [nan == nan for _ in range(3)], nan != nan)

def branchy(n):
    t = 0.0
    x = 0.0
    for i in range(n):
        x += 0.5
        if x > 10.0:
            x -= 10.25
        if x <= 0.0:
            t += 1.0
    return t, x

print(branchy(100000))
