print(float(), float(1), float(-3), float('1.5'), float(' 1e3 '), float('\n-2.5e-3\t'))
print(float('inf'), float('-inf'), float('+inf'), float('Infinity'), float('-INFINITY'), float('iNf'))
print(float('nan'), float('-nan'), float('NaN'), float('1_000.5'), float('.5'), float('5.'))
print(float('1e500'), float('-1e500'), float('1e-500'), float('0x10' if False else '16'))
print(float(True), float(10 ** 20), float(2 ** 53 + 1), float('00.100'), float(b'2.5'))
print(float('1.7976931348623157e308'), float('4.9e-324'), float('2.4e-324'))
for bad in ['', 'x', '1.2.3', '1e', 'e5', 'in f', '1_', '_1', '1__0', '0x10', 'infinit', 'nan0']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)


class F:
    def __float__(self):
        return 2.5


class Ix:
    def __index__(self):
        return 3


class Bad:
    def __float__(self):
        return 'x'


print(float(F()), float(Ix()))
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(float.fromhex('0x1.8p1'), (0.25).hex(), float('  -0  '), float('-0.0'))
print(float(' 3.25 ') + float('1E2'), float('1e-1'), float('12345678901234567890'))
