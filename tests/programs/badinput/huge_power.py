import math

x = 10 ** 100000
print(x.bit_length())
print(int(math.log10(x)) + 1)
print(math.log10(x))
y = 7 ** 12345
print(int(math.log10(y)) + 1, y.bit_length(), y % 10 ** 12)
z = 2 ** 100000 - 1
print(z.bit_length(), z.bit_count(), z % 1000)
digits = 0
t = 3 ** 5000
while t:
    t //= 10 ** 100
    digits += 100
print(digits, int(math.log10(3 ** 5000)) + 1)
