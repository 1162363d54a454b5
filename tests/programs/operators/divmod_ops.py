# divmod agrees with // and % for ints and floats
for a in [17, -17, 0, 5, -5, 2 ** 65 + 3, -(2 ** 65 + 3)]:
    for b in [5, -5, 1, -1, 7]:
        q, r = divmod(a, b)
        print(a, b, q, r, q == a // b, r == a % b)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), divmod(-7.5, -2))
print(divmod(1, 0.3), divmod(-1, 0.3))
print(divmod(True, 2), divmod(5, True))
print(divmod(0, 5), divmod(0.0, -5))
print(divmod(10 ** 30, 7), divmod(-(10 ** 30), 7))
print(divmod(-7, 2.0), divmod(7, -2.0))
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
t = divmod(100, 7)
print(type(t).__name__, len(t), t[0] * 7 + t[1])
