for n in [0, 1, -1, 5, 255, 256, -256, 2 ** 31 - 1, 2 ** 63, -(2 ** 63), 10 ** 30, True]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((5).as_integer_ratio(), (-7).as_integer_ratio(), True.as_integer_ratio())
print(int.__add__(2, 3), int.__mul__(4, 5), int.__sub__(1, 10), int.__neg__(7), int.__abs__(-3))
print(int.__add__(2, 3.0), (3).__radd__(4), (7).__floordiv__(2), (7).__mod__(-3), (2).__pow__(10))
print((5).__eq__(5.0), (5).__lt__(6), (5).__bool__(), (0).__bool__(), (5).__index__(), (5).__int__())
print((5).__float__(), (-5).__invert__(), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(10))
print((1024).__rshift__(3), (5).__hash__(), (5).__str__(), (5).__repr__(), (17).__divmod__(5))
print((1).__truediv__(4), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (15).__round__(-1))
print(type((5).real).__name__, type(True.real).__name__, type(True.numerator).__name__)
print((255).to_bytes(2, 'little'), (255).to_bytes(1, 'big'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x01\x02', 'little'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print(int.__name__, (5).__class__.__name__, isinstance(5, int), int.mro())
x = 12
print(x.__sizeof__() > 0, hasattr(x, 'bit_length'), (x).bit_length() == len(bin(x)) - 2)
