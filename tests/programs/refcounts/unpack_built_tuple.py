# `a, b, c, d = b, c, d, a`: a tuple built and unpacked at once. Tier 1
# reorders the items in place; counts and finalizers must be as if the tuple
# had existed.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def rotate(rounds):
    a, b, c, d = Noisy("a"), Noisy("b"), Noisy("c"), Noisy("d")
    base = sys.getrefcount(a)
    for i in range(rounds):
        a, b, c, d = b, c, d, a
        x, y, z = c, b, a
        p, q = q, p = a, b
    print([o.name for o in (a, b, c, d, x, y, z, p, q)], sys.getrefcount(a) - base)
    del x, y, z, p, q


def chain(n):
    acc = 0
    one, two, three, four, five = 1, 2, 3, 4, 5
    for i in range(n):
        one, two, three, four, five = two + i, three, four * 2 % 1009, five, one
        acc += one * 10000 + two * 1000 + three * 100 + four * 10 + five
    return acc, one, two, three, four, five


for rounds in (1, 2, 3, 5, 1501, 1502):
    rotate(rounds)
    print("--")
print(chain(10), chain(3000))
(k,) = (Noisy("solo"),)
print(k.name)
del k
print("end")
