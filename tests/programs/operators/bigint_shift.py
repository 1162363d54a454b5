# Shifts by large amounts, and shifts of negative numbers
print(1 << 100)
print(1 << 200 >> 199)
print((1 << 100) >> 100)
print(-1 << 100)
print(-1 >> 100, -5 >> 1, -5 >> 100, 5 >> 100)
print(-(2 ** 100) >> 1, -(2 ** 100) >> 99, -(2 ** 100) >> 101)
print(-(2 ** 100 + 1) >> 1)
print(3 << 62, 3 << 63, 3 << 64)
print(1 << 63, 1 << 64, (1 << 64) - 1)
print(0 << 1000, 0 >> 1000)
print(255 >> 4, 255 << 4)
print((2 ** 130 + 2 ** 65 + 1) >> 65)
print(True << 3, True >> 1)
for n in [1, 31, 32, 33, 61, 62, 63, 64, 65, 127, 128, 129]:
    v = 1 << n
    print(n, v, v >> n, (-v) >> n, (v - 1).bit_length())
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 << 1)
except TypeError as e:
    print(type(e).__name__, e)
x = 7
x <<= 70
print(x)
x >>= 68
print(x)
print(-7 >> 1, -8 >> 1, -9 >> 1)
print(-1 >> 10 ** 6, 1 >> 10 ** 6)
