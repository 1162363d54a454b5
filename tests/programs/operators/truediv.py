# True division always produces a float for ints
print(7 / 2, -7 / 2, 7 / -2, -7 / -2)
print(6 / 3, type(6 / 3).__name__)
print(1 / 3, 2 / 3, 10 / 4)
print(0 / 5, 0 / -5, -0.0 / 5)
print(1 / 7 * 7)
print(True / 2, 3 / True)
print(10 ** 20 / 10 ** 10)
print(2 ** 100 / 2 ** 99)
print(10 ** 400 // 10 ** 399)
print((10 ** 400) / (10 ** 399))
print(1 / 2 ** 60)
print(1.5 / 0.5, 0.1 / 0.3)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 53 / 1, (2 ** 53 + 1) / 1)
x = 9
x /= 3
print(x, type(x).__name__)
print(-9 / 3, 9 / -3.0)
print(1e308 * 10 / 10)
