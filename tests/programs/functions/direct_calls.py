# Calls between compiled functions: warmed up first so that the call sites
# are compiled with direct calls, then every unusual case at those sites.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def add(a, b):
    return a + b


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def captured(x):
    # x is a parameter kept in a cell
    def get():
        return x
    return get()


def with_locals(n):
    a = Noisy("a%d" % n)
    b = Noisy("b%d" % n)
    if n > 1:
        del a
    return n


def in_loop(items):
    for it in items:
        if it == 2:
            return it
    return None


def raises(n):
    if n == 3:
        raise ValueError("three")
    return n


def deep(n):
    return deep(n + 1)


def caller_line():
    return sys._getframe(1).f_lineno


def frame_obj_callee(n):
    f = sys._getframe()
    return f.f_code.co_name, n


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def plus(self, other):
        return Point(self.x + other.x, self.y + other.y)


def driver(k):
    total = 0
    for i in range(k):
        total += add(i, 1)
        total += captured(i)
        total += Point(i, -i).plus(Point(1, 1)).norm1()
    return total


for _ in range(3):
    print(driver(300))
print(fib(20))

# returns releasing locals in order, and values left on the stack
for n in range(3):
    print("with_locals", with_locals(n))
print(in_loop([1, 2, 3]), in_loop([5]))


def calls_raises():
    out = []
    for i in range(6):
        try:
            out.append(raises(i))
        except ValueError as e:
            out.append(str(e))
    return out


for _ in range(3):
    print(calls_raises())

# the recursion limit is still enforced, and leaves everything usable
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
print(fib(15))


def lines():
    a = caller_line()
    b = caller_line()
    return b - a


for _ in range(3):
    print(lines(), frame_obj_callee(7))


# arity and kind changes at a warm site
def site(f, *args):
    return f(*args)


def call_one(f, x):
    return f(x)


def one(x):
    return x * 2


def two(x, y=10):
    return x + y


def gen(x):
    yield x
    yield x + 1


for _ in range(200):
    call_one(one, 1)
print(call_one(one, 4), call_one(two, 4), list(call_one(gen, 4)), call_one(len, "abc"))
try:
    call_one(add, 1)
except TypeError as e:
    print("TypeError", e)


# the callee's code replaced, and the function itself dropped, during calls
def replaced(x):
    return x + 1


def replacer(x):
    replaced.__code__ = (lambda x: x - 1).__code__
    return x


for _ in range(200):
    call_one(replaced, 1)
print(call_one(replaced, 5))
replaced.__code__ = replacer.__code__
print(call_one(replaced, 5), call_one(replaced, 5))


def run_dropped():
    def temp(x):
        return x * 3
    holder = [temp]
    del temp

    def dropper(x):
        holder.clear()
        return x
    holder.append(dropper)
    return call_one(holder.pop(), 9), holder


for _ in range(100):
    run_dropped()
print(run_dropped())


# a traceback through directly called frames
def level3(x):
    return 1 // x


def level2(x):
    return level3(x) + 1


def level1(x):
    return level2(x) + 1


for i in range(1, 300):
    level1(i)
level1(0)
