# operator.index and everything built on it give an exact int, as CPython's
# PyNumber_Index does: bools and int subclasses are converted.
import operator
import sys


class I(int):
    pass


print(repr(operator.index(True)), type(operator.index(I(3))).__name__, repr(operator.index(False)))
print(repr(range(True, 3)), repr(range(I(2))), [1, 2, 3][True:], hex(True), bin(I(5)), oct(False))
print([0] * True, bytes(I(2)), list(range(10))[I(1):I(4)])

# enumerate: the start goes through index() too; counting past the small
# ints switches to big ints.
print(list(enumerate("abc")), list(enumerate("ab", 5)), list(enumerate("ab", start=-1)))
print(list(enumerate(iterable="xy", start=2)), list(enumerate("ab", True)), list(enumerate("ab", I(3))))
print(list(enumerate("ab", sys.maxsize)), list(enumerate("abc", 2**62 - 2)), list(enumerate("ab", 2**63)))
for bad in [lambda: enumerate(), lambda: enumerate(1), lambda: enumerate("a", "b"),
            lambda: enumerate("a", 1, 2), lambda: enumerate("a", foo=1), lambda: enumerate("a", start=1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def count(n):
    t = 0
    for i, c in enumerate(range(n), 10):
        t += i * c
    return t


print(count(3000))
