# Class calls remember, per class version, the plain Python __init__ they
# run on a new instance; every change to what the call does must be seen at
# once by a warm site.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(cls, a, b):
    return cls(a, b)


def make1(cls, a):
    return cls(a)


def warm():
    for i in range(300):
        make(P, i, i)


warm()
p = make(P, 1, 2)
print(type(p).__name__, p.x, p.y, p.__dict__)

# A new __init__.
P.__init__ = lambda self, x, y: setattr(self, "sum", x + y)
print(make(P, 3, 4).__dict__)
# A base's __init__ changes what subclasses run.


class Base:
    def __init__(self, a, b):
        self.tag = "base"


class Sub(Base):
    pass


for i in range(300):
    make(Sub, 1, 2)
print(make(Sub, 1, 2).tag)
Base.__init__ = lambda self, a, b: setattr(self, "tag", "base 2")
print(make(Sub, 1, 2).tag)
Sub.__init__ = lambda self, a, b: setattr(self, "tag", "sub")
print(make(Sub, 1, 2).tag, make(Base, 1, 2).tag)


# A __new__ added after the site is warm.
class N:
    def __init__(self, a, b):
        self.a = a


for i in range(300):
    make(N, i, i)


def new(cls, a, b):
    print("new", a, b)
    return object.__new__(cls)


N.__new__ = new
print(make(N, 5, 6).__dict__)
N.__new__ = lambda cls, a, b: "not an instance"
print(make(N, 1, 2))

# Wrong argument counts, bad return values, exceptions.
for args in ((1,), (1, 2, 3)):
    try:
        P(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    make1(P, 1)
except TypeError as e:
    print("TypeError:", e)
P.__init__ = lambda self, x, y: 42
try:
    make(P, 1, 2)
except TypeError as e:
    print("TypeError:", e)


class Loud:
    def __init__(self, a, b):
        if a < 0:
            raise ValueError("negative")
        self.a = a

    def __del__(self):
        if not hasattr(self, "a"):
            print("del Loud without a")


for i in range(300):
    make(Loud, 1, 2)
try:
    make(Loud, -1, 2)
except ValueError as e:
    print("ValueError:", e)


# __slots__ fields start empty.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a


for i in range(300):
    make(Slotted, 1, 2)
s = make(Slotted, 1, 2)
print(s.a, hasattr(s, "b"))
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)

# Becoming abstract after the site is warm.
import abc


class Shape:
    def __init__(self, a, b):
        self.a = a


for i in range(300):
    make(Shape, 1, 2)
Shape.__abstractmethods__ = frozenset({"area"})
try:
    make(Shape, 1, 2)
except TypeError as e:
    print("TypeError:", e)
Shape.__abstractmethods__ = frozenset()
print(make(Shape, 1, 2).a)


# __init__'s code replaced with another arity.
class Q:
    def __init__(self, a, b):
        self.a = a


for i in range(300):
    make(Q, 1, 2)


def three(self, a, b, c):
    self.a = c


Q.__init__.__code__ = three.__code__
try:
    make(Q, 1, 2)
except TypeError as e:
    print("TypeError:", e)


def two(self, a, b=0):
    self.a = a + b


Q.__init__.__code__ = two.__code__
print(make(Q, 1, 2).a)


# Metaclasses with __call__ and classes that are not classes.
class Meta(type):
    def __call__(cls, *args):
        return ("meta call", args)


class M(metaclass=Meta):
    def __init__(self, a, b):
        pass


print(make(M, 1, 2), make(lambda a, b: a * b, 3, 4), make(range, 1, 4), make(int, "11", 2))


# Recursion through __init__.
class R:
    def __init__(self, a, b):
        make(R, a, b)


try:
    make(R, 1, 2)
except RecursionError as e:
    print("RecursionError:", e)


# Instances get their own attributes; class attributes stay shared.
class C:
    count = 0

    def __init__(self, a, b):
        C.count += 1
        self.a = a


objs = [make(C, i, 0) for i in range(500)]
print(C.count, objs[-1].a, sum(o.a for o in objs))
