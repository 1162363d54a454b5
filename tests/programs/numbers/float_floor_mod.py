import math

values = [7.5, -7.5, 7.0, -7.0, 0.0, -0.0, 1e-300, 1e300, 0.1, 2.5]
divisors = [2, -2, 0.5, -0.3, 1e300]
for a in values:
    row = []
    for b in divisors:
        row.append('%r/%r' % (a // b, a % b))
    print(a, ' '.join(row))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), round(-0.5), int(-0.5))
print(math.floor(0.9999999999999999), math.ceil(1.0000000000000002), math.floor(-1e-320))
print(divmod(1.0, 0.1), 1.0 // 0.1, 1.0 % 0.1, divmod(-1.0, 0.1), divmod(0.5, 0.25))
print(3.0 // 0.2, 3.0 % 0.2, 5 // 0.7, 5 % 0.7, 1e20 // 3, 1e20 % 3)
print(math.fmod(-7.5, 2), -7.5 % 2, math.fmod(7.5, -2), 7.5 % -2, math.fmod(-0.0, 1), -0.0 % 1)
