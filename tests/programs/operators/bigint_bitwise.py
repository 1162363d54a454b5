# Bitwise operators on negative and big ints (two's complement semantics)
vals = [0, 1, -1, 5, -5, 2 ** 64, -(2 ** 64), 2 ** 100 - 1, -(2 ** 100), 12345678901234567890]
for a in vals[:6]:
    for b in vals[:6]:
        print(a, b, a & b, a | b, a ^ b)
big = 2 ** 100
print(big & -big, big | -big, big ^ -big)
print(-(2 ** 70) & (2 ** 72 - 1))
print(-(2 ** 70) | 5)
print(-(2 ** 70) ^ -1)
print(~(2 ** 100), ~-(2 ** 100), ~0, ~-1, ~5)
print((2 ** 100 - 1) & 0xFFFF, (2 ** 100 - 1) ^ (2 ** 99))
print(-12345678901234567890 & 0xFFFFFFFFFFFFFFFF)
print(12345678901234567890 & -12345678901234567890)
print(-(2 ** 64) | -(2 ** 63))
print((-(2 ** 63)) & (2 ** 63 - 1), (-(2 ** 63)) ^ (2 ** 63))
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0x0F)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, type(True & 3).__name__)
try:
    print(1.5 & 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
x = -1
x &= 2 ** 80 - 1
print(x)
x ^= 2 ** 79
print(x)
x |= -(2 ** 200)
print(x)
