for x in [0.9, -0.9, 2.5, -2.5, 1e18, 1.5e20, -1e30, 123456789.999, 2.0 ** 63, 2.0 ** 64, 1e300]:
    print(x, int(x))
for n in [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 63, 10 ** 20, 10 ** 300, 2 ** 1023, 2 ** 1024 - 2 ** 971, 2 ** 1024 - 2 ** 970 - 1, -(2 ** 1000)]:
    print(float(n))
for n in [2 ** 1024, 10 ** 400, -(2 ** 1024), 2 ** 1024 - 2 ** 970]:
    try:
        float(n)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1.0 + 10 ** 400
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 3 > 0, 10 ** 400 / 10 ** 399, (10 ** 400 + 1) / 10 ** 400, 1 / 10 ** 400)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), 10 ** 400 == float('inf'), (10 ** 400) > 1.5)
try:
    1.5 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1080)
try:
    2.0 ** 5000
except OverflowError as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), int(True), float(False), bool(0.0), bool(-0.0), complex is not None)
print(3 + 4.0, type(3 + 4.0).__name__, 2 * 1.5, 7 // 2.0, type(7 // 2.0).__name__, -7 // 2.0, -7 % 2.0)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e16 + 1 == 1e16, 2 ** 53 + 1.0)
