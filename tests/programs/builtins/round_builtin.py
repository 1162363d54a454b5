print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, -1), round(1234.5678, -2))
print(round(15, -1), round(25, -1), round(35, -1), round(-15, -1), round(-25, -1))
print(round(123456, -3), round(123500, -3), round(124500, -3), round(5, -1), round(5, 2))
print(round(7), round(-7), round(7, 0), round(0), round(True), round(10 ** 30 + 5, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(3, 1)), type(round(3, -1)))
print(round(1e300, 2), round(1e-300, 2), round(-0.0), round(-0.0, 1), round(0.0001, 3))
print(round(1.23456789e10, -5), round(5e-324, 400), round(123.456, 20))
print(round(2 ** 70 + 0.5), round(-2 ** 70 * 1.0))
print(round(0.49999999999999994), round(4.5), round(5.5), round(6.5))
print(round(12345, -10), round(-12345, -5), round(50000, -5), round(150000, -5))
for bad in [float('inf'), float('-inf')]:
    try:
        round(bad)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, None)
except TypeError as e:
    print(type(e).__name__, e)
print(round(1.5, None), round(2.5, ndigits=None))


class Rnd:
    def __round__(self, n=None):
        return ('rounded', n)


print(round(Rnd()), round(Rnd(), 3))
for x in [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95]:
    print(x, round(x, 1), end='; ')
print()
