# Floor division and modulo sign rules: result of % has the sign of the divisor
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (13, 13), (-13, 13)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a)
print("floats")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 0.5), (-1, 3.0), (1.0, -3)]
for a, b in fpairs:
    print(a, b, a // b, a % b)
print(-0.0 % 5, 0.0 % -5)
print(5 % -0.5, -5.5 // 1)
print(type(7 // 2).__name__, type(7.0 // 2).__name__, type(7 // 2.0).__name__)
print(-1 % 2 ** 100)
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print(2 ** 100 // -7, 2 ** 100 % -7)
print(10 ** 30 // 10 ** 15, 10 ** 30 % (10 ** 15 + 1))
print(True // 1, True % 2, False // True)
print(-3 // 1, -3 % 1)
print(1e300 % 7, 3.0 % 1.5)
