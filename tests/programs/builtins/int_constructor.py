print(int(), int(5), int(-5), int(3.99), int(-3.99), int(True), int('42'), int(' 42 '), int('\t-7\n'))
print(int('1_000'), int('1_000_000'), int('+5'), int('-0'), int('000123'), int('0'))
print(int('12', 16), int('ff', 16), int('FF', 16), int('0xff', 16), int('z', 36), int('Z', 36))
print(int('101', 2), int('0b101', 2), int('777', 8), int('0o777', 8), int('10', 3))
print(int('0x1f', 0), int('0o17', 0), int('0b11', 0), int('99', 0), int('0', 0), int('00', 0))
print(int('١٢٣'), int('٣'), int(b'42'), int(bytearray(b' 7 ')))
print(int(1e20), int(-1e-20), int(2.5), int(-2.5), int(1.9999999999999999))
print(int('9' * 50))
for bad in ['x', '', ' ', '1.5', '1_', '_1', '1__0', '0x', '12a', '- 1', '+-1', '1e5']:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in [('12', 2), ('g', 16), ('0x10', 10), ('010', 0), ('', 16)]:
    try:
        int(s, b)
    except ValueError as e:
        print(type(e).__name__, e)
for b in [1, 37, -1]:
    try:
        int('1', b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
for f in [float('inf'), float('-inf')]:
    try:
        int(f)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)


class I:
    def __int__(self):
        return 7


class Ix:
    def __index__(self):
        return 8


print(int(I()), int(Ix()))
print(int(x='5', base=10) if False else int('5', base=10))
print(int('1' * 20, 2), int('-zz', 36), int('  0b_1_0  ', 0))
