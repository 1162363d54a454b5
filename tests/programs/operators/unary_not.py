# Unary minus, plus, invert and logical not
for v in [0, 1, -1, 5, 2 ** 70, -(2 ** 70), True, False]:
    print(repr(v), -v, +v, ~v, not v)
for v in [0.0, -0.0, 1.5, -2.25, float("inf")]:
    print(repr(v), -v, +v, not v)
print(- - 5, - + - 5, ~~7, not not 3, -(-(-1)))
print(type(-True).__name__, type(+True).__name__, type(~True).__name__)
print(not None, not "", not "a", not [], not [0], not {})
print(-2 ** 2, (-2) ** 2, -(2 ** 2))
print(~0 == -1, ~-1 == 0, ~5 == -6)
print(not 1 == 2, not (1 == 2), (not 1) == 2)
print(not 1 + 1, - 3 * - 3, -3 ** -1)
x = 3
print(-x, +x, ~x, -x == 0 - x)
try:
    print(-"abc")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(+[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~None)
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-0.0), -0.0 == 0.0, str(-0.0), str(-(0.0)), str(0.0 * -1))
print(-(-(2 ** 63)), -(2 ** 63 - 1) - 1)
