# Values pushed for an operator, comparison, subscript, store or return:
# compiled code may hold them in registers until the instruction takes
# them. Every path that leaves inline code (an overloaded operator, an
# error, an unbound local, an empty cell) must find them on the stack, and
# references must come out even.
import sys


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Num):
            return Num(self.v + other.v)
        if other == "boom":
            raise ValueError("boom")
        if isinstance(other, int):
            return Num(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        return Num(other + self.v)

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Num) else other)

    def __getitem__(self, k):
        if k == 99:
            raise KeyError(k)
        return self.v * k

    def __setitem__(self, k, v):
        if k == 99:
            raise KeyError(k)
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"


def arith(a, b, c):
    # `a` pending below the inner sum; the inner sum may go to __add__.
    return a + (b + c)


def mixed(n):
    total = 0
    marker = object()
    for i in range(n):
        x = i if i % 3 else Num(i)
        y = 2 if i % 5 else 2.5
        try:
            total = total + (x + y) if not isinstance(x, Num) else total + (x + Num(1)).v
        except TypeError as e:
            total -= 1
        try:
            z = marker, (x + "boom")
        except (TypeError, ValueError) as e:
            total += 100
    return total, sys.getrefcount(marker)


def compares(xs, limit):
    n = 0
    for x in xs:
        try:
            if x < limit:
                n += 1
            if limit < x:
                n += 10
        except TypeError:
            n += 1000
    return n


def subscripts(obj, keys):
    out = []
    for k in keys:
        try:
            out.append(obj[k])
        except (KeyError, IndexError, TypeError) as e:
            out.append(type(e).__name__)
        try:
            obj[k] = k
        except (KeyError, IndexError, TypeError) as e:
            out.append("set " + type(e).__name__)
    return out


def unbound(flag):
    if flag:
        x = 5
    y = [1, 2]
    try:
        return y, y + [x]
    except UnboundLocalError as e:
        return "unbound", str(e)


def empty_cell(flag):
    def inner(k):
        return k + value
    if flag:
        value = 10
    keep = [0]
    try:
        return keep, inner(1) + inner(2)
    except NameError as e:
        return "empty", str(e)


def identity(a, b):
    r = []
    for _ in range(3):
        r.append(a is b)
        r.append(a is not None)
        if a is None:
            r.append("none")
        if b is not None:
            r.append("some")
    return r


def ret_local(v):
    w = v
    return w


payload = [1, 2, 3]
before = sys.getrefcount(payload)
for rep in range(200):
    ret_local(payload)
    identity(payload, None)
    arith(payload, [4], [5])
print("payload refs even:", sys.getrefcount(payload) == before)

print(arith(1, 2, 3), arith(Num(1), Num(2), Num(3)), arith(1, Num(2), 3), arith("a", "b", "c"))
try:
    arith(1, "x", 2)
except TypeError as e:
    print("TypeError", e)
print(mixed(60))
print(compares([1, 5, Num(2), 2.5, "s", None, 10], 4))
print(compares([Num(1), 3], Num(2)))
print(subscripts([10, 20, 30], [0, -1, 3, "a", 1.5]))
print(subscripts({"a": 1}, ["a", "b", [1]]))
print(subscripts(Num(3), [1, 2, 99]))
for flag in (True, False):
    print(unbound(flag))
    print(empty_cell(flag))
print(identity(None, None), identity(payload, payload))
print("payload refs even at the end:", sys.getrefcount(payload) == before)
