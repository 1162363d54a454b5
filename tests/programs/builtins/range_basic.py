print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -1), range(0, 5, 1))
print(repr(range(-3, 3)), str(range(0)))
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)))
print(list(range(10, 0, -3)), list(range(-1, -10, -2)), list(range(5, 5)), list(range(5, 0)))
r = range(3, 30, 4)
print(r.start, r.stop, r.step, len(r))
print(r[0], r[1], r[-1], r[-2], r[len(r) - 1])
try:
    r[len(r)]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r[-100]
except IndexError as e:
    print(type(e).__name__, e)
print(r[1:3], r[::-1], r[::2], r[-2:], r[10:20], r[:-100])
print(list(r[::-1]), list(r[1:5:2]))
print(range(10)[::-1], range(0, 10, 3)[::-2])
print(7 in r, 8 in r, 3 in r, 31 in r, 27 in r, -1 in r)
print(5.0 in range(10), 'a' in range(10), 2.5 in range(10))
print(r.index(11), r.count(11), r.count(12))
try:
    r.index(12)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
big = range(10 ** 20)
print(big, big[-1], big[10 ** 19], 10 ** 19 in big)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(0, 2 ** 62, 2 ** 30)))
print(range(0, 3) == range(0, 3), range(0, 3) == range(0, 4))
print(range(0) == range(5, 5), range(0, 10, 2) == range(0, 9, 2))
print(range(1, 2, 5) == range(1, 3, 10), range(3) == [0, 1, 2])
print(hash(range(3)) == hash(range(0, 3, 1)))
print(bool(range(0)), bool(range(1)))
print(list(reversed(range(1, 10, 3))))
print(sum(range(101)), max(range(5)), min(range(3, 9)))
print(range(True, 5))
