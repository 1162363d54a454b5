# Instance construction through object.__new__ and a plain __init__ (the
# fast path), and every case next to it that must take the general one.
import abc

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

ps = [P(i, i * 2) for i in range(2000)]
print(sum(p.x + p.y for p in ps), type(ps[0]).__name__)

class Bad:
    def __init__(self):
        return 5

for _ in range(3):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)

class Raises:
    def __init__(self, v):
        if v > 2:
            raise ValueError(v)
        self.v = v

out = []
for i in range(5):
    try:
        out.append(Raises(i).v)
    except ValueError as e:
        out.append(("err", e.args))
print(out)

class Defaults:
    def __init__(self, a, b=10):
        self.s = a + b

print([Defaults(i).s for i in range(3)], Defaults(1, 2).s, Defaults(a=3).s, Defaults(1, b=5).s)

try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

class A(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    def __init__(self, x):
        self.x = x

try:
    A(1)
except TypeError as e:
    print("TypeError:", e)

class WithNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.made_by_new = True
        return o
    def __init__(self, x):
        self.x = x

w = WithNew(4)
print(w.made_by_new, w.x)

class Sub(P):
    pass

class Sub2(P):
    def __init__(self, x):
        super().__init__(x, -x)

print(Sub(1, 2).y, Sub2(3).y)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, a):
        self.a = a

s = Slotted(7)
print(s.a, hasattr(s, "b"))

class ListSub(list):
    def __init__(self, n):
        super().__init__(range(n))

print(ListSub(3))

class Counter:
    n = 0
    def __init__(self):
        Counter.n += 1

for _ in range(1500):
    Counter()
print(Counter.n)

# __init__ replaced after the class was used.
def new_init(self, x, y):
    self.x = -x
    self.y = -y

P.__init__ = new_init
print(P(1, 2).x)
del P.__init__
try:
    P(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(P()).__name__)
