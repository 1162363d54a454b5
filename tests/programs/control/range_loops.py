# Loops over ranges with positive, negative and unusual steps
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(10, 0, -1)))
print(list(range(10, 0, -3)))
print(list(range(-1, -10, -2)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(list(range(-5, 5, 4)), list(range(5, -5, -4)))
for i in range(3, -1, -1):
    print("countdown", i)
total = 0
for i in range(100, 0, -7):
    total += i
print(total)
r = range(0, 20, 5)
print(len(r), r[1], r[-1], 15 in r, 16 in r, r.index(10))
print(len(range(10, 0, -3)), range(10, 0, -3)[2])
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(repr(range(3)), repr(range(1, 10, 2)), repr(range(-3, 3, -1)))
print(list(range(2 ** 64, 2 ** 64 + 3)))
print(range(-(2 ** 63), 2 ** 63)[-1], range(0, 2 ** 100, 2 ** 98)[3], 2 ** 70 in range(0, 2 ** 80, 2))
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(4))), list(range(3))[::-1])
print(sum(range(1, 101)), max(range(-5, 3)), min(range(10, 0, -2)))
s = ""
for i in range(len("hello") - 1, -1, -1):
    s += "hello"[i]
print(s)
print(list(range(10))[2:8:2], range(10)[2:8:2], range(10)[::-1])
for i in range(3):
    i = i * 10
    print("rebinding does not affect the loop", i)
