# Augmented assignment with every operator on ints and floats
ops = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]
for start in [17, -17]:
    for rhs in [3, -3]:
        x = start; x += rhs; a = x
        x = start; x -= rhs; b = x
        x = start; x *= rhs; c = x
        x = start; x /= rhs; d = x
        x = start; x //= rhs; e = x
        x = start; x %= rhs; f = x
        x = start; x **= abs(rhs); g = x
        x = start; x <<= abs(rhs); h = x
        x = start; x >>= abs(rhs); i = x
        x = start; x &= rhs; j = x
        x = start; x |= rhs; k = x
        x = start; x ^= rhs; l = x
        print(start, rhs, [a, b, c, d, e, f, g, h, i, j, k, l])
y = 2.5
y += 1
print(y)
y -= 0.5
print(y)
y *= 4
print(y)
y /= 3
print(y)
y //= 1.5
print(y)
y %= 1.5
print(y)
y **= 3
print(y)
n = 1
for _ in range(10):
    n <<= 7
print(n)
n >>= 65
print(n)
s = 0
for i in range(1, 11):
    s += i * i
print(s)
c = 1
c *= 2 + 3
print(c)
c -= 1 - 10
print(c)
c **= 1 + 1
print(c)
print(len(ops))
