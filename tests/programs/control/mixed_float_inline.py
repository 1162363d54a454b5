# A small int and a float in + - * / (either way round) are computed inline
# in compiled code once the site saw such operands; everything else at the
# same site takes the full path.


def ops(a, b):
    return (a + b, a - b, a * b, a / b)


def acc(n):
    x = 0.5
    for i in range(n):
        x = x * 1.0001 + i
        x -= 3
        x = 2 * x / (i + 1)
    return x


for _ in range(300):
    r1 = ops(3, 0.25)
    r2 = ops(0.25, 3)
    r3 = ops(-7, 2.5)
    r4 = ops(1.5, -4)
print(r1, r2, r3, r4)
print(acc(1000))

# Ints near and past the 63-bit small range, and past 2**53 (rounding).
for a in (2**53 + 1, 2**62 - 1, -(2**62), 2**62, 2**70, -(2**53) - 1):
    print(a, ops(a, 0.5), ops(0.5, a))

# Zero divisors raise as CPython does, from the same sites.
for a, b in ((1, 0.0), (1.5, 0), (0, 0.0), (-2.0, 0)):
    try:
        ops(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

# bools, float subclasses, complex, big ints and strings at warm sites.
class F(float):
    def __add__(self, other):
        return "F.__add__"

    def __radd__(self, other):
        return "F.__radd__"


for pair in ((True, 0.5), (0.5, True), (F(1.0), 2), (2, F(1.0)), (1j, 2), (2.5, 1j), (10**30, 0.5)):
    print(pair, ops(*pair) if not isinstance(pair[0], F) and not isinstance(pair[1], F) else (pair[0] + pair[1], pair[1] + pair[0]))
try:
    ops("a", 1.0)
except TypeError as e:
    print("TypeError", e)

# inf and nan behave as floats do.
inf, nan = float("inf"), float("nan")
print(ops(1, inf), ops(inf, 1), ops(0, nan))
print(0 * inf, inf * 0, inf - 1, 1 / inf)

# The float operand is not changed in place.
x = 2.5
y = x + 1
z = 1 + x
print(x, y, z, x * 2, 2 * x, x)
