# Calls of plain functions with fewer positional arguments than parameters,
# the rest from the defaults (the fast call paths of every tier), and what
# changing __defaults__ does to them.
class V:
    def __init__(self, name, value=0, strength=None):
        self.name = name
        self.value = value
        self.strength = strength

def f(a, b=2, c=[]):
    c.append(a)
    return a + b + len(c)

def g(a, /, b=10):
    return a * b

s = 0
for i in range(3000):
    v = V("x") if i % 2 else V("y", i)
    s += v.value + f(i) + f(i, 1) + g(i) + g(i, 2)
print(s, len(f.__defaults__[1]))
f.__defaults__ = (100, [])
print(f(1), f(1, 2))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
def h(a, b=5):
    return a - b
h.__defaults__ = (7, 8)   # more defaults than parameters: the last ones count
print(h(1), h(1, 2))


# An operator method with a default, and __init__ whose defaults change.
class P:
    def __init__(self, x, y=1):
        self.x, self.y = x, y

    def __add__(self, other, scale=3):
        return P(self.x + other.x * scale)

    def __eq__(self, other, strict=False):
        return self.x == other.x


t = P(0)
for i in range(2000):
    t = t + P(1)
print(t.x, t.y, P(2) == P(2), P(2) != P(3))
P.__init__.__defaults__ = (-1,)
print(P(5).y)
P.__init__.__defaults__ = None
try:
    P(5)
except TypeError as e:
    print(e)
