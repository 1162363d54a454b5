for e in range(-8, 0):
    print(repr(10.0 ** e), repr(1.5 * 10.0 ** e), repr(-10.0 ** e))
for e in range(13, 19):
    print(repr(10.0 ** e), repr(1.5 * 10.0 ** e), repr(10.0 ** e + 1), repr(10.0 ** e - 1))
print(repr(9.999999999999999e15), repr(9.999999999999998e15), repr(1e16 - 2), repr(1e16 + 2))
print(repr(0.0001), repr(0.00009999), repr(0.000099999999999999999), repr(0.00011))
print(repr(123e-7), repr(123e-6), repr(1234e13), repr(12345e12), repr(1e16 / 3))
print(repr(2.0 ** 52), repr(2.0 ** 53), repr(2.0 ** 54), repr(2.0 ** 60), repr(2.0 ** 100), repr(2.0 ** -20))
print(repr(4.9406564584124654e-324), repr(2.4703282292062328e-324), repr(2.4703282292062329e-324))
print(repr(1.7976931348623158e308), repr(1.7976931348623159e308), repr(2.2250738585072011e-308))
print(repr(1e-323), repr(1.5e-323), repr(3e-324), repr(1e-322), repr(1.23456789e-315))
