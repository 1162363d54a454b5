# Result types and values of mixed int/float/bool arithmetic
vals = [3, -2, 2.5, -0.5, True, False]
for a in vals:
    row = []
    for b in vals:
        row.append(type(a + b).__name__[0] + str(a * b))
    print(repr(a), row)
print(1 + 2.0, 3 * 1.0, 10 - 0.5, 2 ** 3.0, 9 ** 0.5)
print(0.1 + 0.2, 0.1 * 3, 1.1 + 2.2, 3.3 - 1.1)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0)
print(10 ** 16 + 1.0 == 10 ** 16, 10 ** 16 + 1 == 10 ** 16)
print(1.0 * 2 ** 60, 2 ** 60 + 0.0 == 2 ** 60)
print(0.5 + 0.25 + 0.125, 1 - 0.9)
print(7 / 7, 7 // 7.0, 7 % 7.0, -7 // 2.0)
print(int(3.9), int(-3.9), int(2.5 + 0.5), float(7))
print(round(3.14159, 2), round(2.675, 2), round(-1.5), round(1234, -2))
x = 1
x += 0.5
print(x, type(x).__name__)
x = 10
x //= 4.0
print(x, type(x).__name__)
print(1.5e3, 2e-3, 1e0, 1.0e100)
print(123456789.0 * 1000, 12345678901234567890.0)
print(3 * 0.1 == 0.3, 0.1 * 10 == 1.0)
