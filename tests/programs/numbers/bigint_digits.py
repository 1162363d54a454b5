import sys

big = 10 ** 100000
print(big.bit_length(), big % 9, big % 1000007, (big - 1) % 10)
print(len(str(10 ** 4000)), str(10 ** 4000)[:5], str(10 ** 4299)[-3:])
print(len(str(2 ** 14000)), str(2 ** 14000)[:20])
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{10 ** 4301}'
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)), len(str(-(10 ** 4299))))
try:
    str(-(10 ** 4300))
except ValueError as e:
    print(type(e).__name__, e)
print(int('9' * 4300) % 97, len(hex(10 ** 5000)), hex(10 ** 5000)[:12], bin(2 ** 5000).count('1'))
print(int('f' * 5000, 16).bit_length(), sys.get_int_max_str_digits())
a = 3 ** 2000
b = 7 ** 1000
print(a % b % 10 ** 20, (a * b) % (10 ** 20 + 39), (a // b) % 10 ** 9, pow(a, 3, b) % 10 ** 9)
print((a - a) == 0, (-a) // b < 0, (-a) % b >= 0, a.bit_length(), b.bit_count())
f = 1
for i in range(1, 1001):
    f *= i
print(f.bit_length(), f % (10 ** 9 + 7), len(str(f)), str(f)[:30])
print(sum(int(d) for d in str(2 ** 1000)))
