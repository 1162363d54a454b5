# sys.excepthook prints as the interpreter does at exit, carets included:
# many failing spans in one program (asserts through and/or/not, operators,
# subscripts, attributes, calls), each caught and reported to stderr.
import sys

a, b, x = 1, 0, 0
items = {"k": [1, 2]}


class Node:
    child = None


def f(v):
    return v


cases = [
    lambda: (lambda: None)() + 1,
    lambda: items["k"][5],
    lambda: items["missing"],
    lambda: Node().child.name,
    lambda: f(x) / x,
    lambda: [i for i in range(3)][x - 9],
    lambda: f(1, 2),
]


def check(n):
    if n == 0:
        assert a and x == 1, "first"
    if n == 1:
        assert x == 0 and b, "second"
    if n == 2:
        assert not x == 0, "third"
    if n == 3:
        assert a and b, "fourth"
    if n == 4:
        assert (x == 0 if b else x == 1) and b, "fifth"
    if n == 5:
        assert x < 1 < b


for n in range(6):
    try:
        check(n)
    except AssertionError:
        sys.excepthook(*sys.exc_info())
for case in cases:
    try:
        case()
    except Exception:
        sys.excepthook(*sys.exc_info())
print("done")
raise SystemExit(3)
