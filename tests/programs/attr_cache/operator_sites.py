# Operator sites remember, per class, the Python function that `a OP b`
# calls for two instances of that class; every change to the class (or a
# base, or an instance's __class__) must be seen at once by a warm site.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + other.x)

    def __lt__(self, other):
        return self.x < other.x

    def __repr__(self):
        return "V(%r)" % (self.x,)


def add(a, b):
    return a + b


def iadd(a, b):
    a += b
    return a


def lt(a, b):
    return a < b


def eq(a, b):
    return a == b


def gt(a, b):
    return a > b


def warm():
    for i in range(300):
        add(V(i), V(1))
        iadd(V(i), V(1))
        lt(V(i), V(1))
        eq(V(i), V(i))
        gt(V(i), V(1))


warm()
print(add(V(1), V(2)), iadd(V(3), V(4)), lt(V(1), V(2)), eq(V(1), V(1)), gt(V(5), V(1)))

# Rebinding the method on the class.
V.__add__ = lambda self, other: "new add"
print(add(V(1), V(2)), iadd(V(1), V(2)))
# A default argument: not the plain two-argument case any more.
V.__add__ = lambda self, other, extra=10: V(self.x + other.x + extra)
print(add(V(1), V(2)))
# An in-place method added after the site is warm.
V.__iadd__ = lambda self, other: "iadd"
print(iadd(V(1), V(2)), add(V(1), V(2)))
del V.__iadd__
print(iadd(V(1), V(2)))
# Deleting the method: TypeError.
del V.__add__
try:
    add(V(1), V(2))
except TypeError as e:
    print("TypeError:", e)
try:
    iadd(V(1), V(2))
except TypeError as e:
    print("TypeError:", e)
V.__add__ = lambda self, other: NotImplemented
try:
    add(V(1), V(2))
except TypeError as e:
    print("TypeError:", e)


def plain_add(self, other):
    return V(self.x * 100 + other.x)


V.__add__ = plain_add
warm()
print(add(V(1), V(2)))

# Comparisons: a method that declines falls to the reflected one of the same class.
V.__lt__ = lambda self, other: NotImplemented
V.__gt__ = lambda self, other: "reflected gt"
print(lt(V(1), V(2)))
del V.__gt__
try:
    lt(V(1), V(2))
except TypeError as e:
    print("TypeError:", e)
a = V(1)
print(eq(a, a), eq(V(1), V(1)))
V.__eq__ = lambda self, other: NotImplemented
print(eq(a, a), eq(V(1), V(1)))
V.__eq__ = lambda self, other: self.x == other.x
print(eq(V(1), V(1)))


def lt_again(self, other):
    return self.x < other.x


V.__lt__ = lt_again
print(lt(V(1), V(2)))


# A change in a base class reaches subclasses.
class Base:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return "base add"

    def __lt__(self, other):
        return "base lt"


class Sub(Base):
    pass


for i in range(300):
    add(Sub(1), Sub(2))
    lt(Sub(1), Sub(2))
print(add(Sub(1), Sub(2)), lt(Sub(1), Sub(2)))
Base.__add__ = lambda self, other: "base add 2"
Base.__lt__ = lambda self, other: "base lt 2"
print(add(Sub(1), Sub(2)), lt(Sub(1), Sub(2)))
Sub.__add__ = lambda self, other: "sub add"
print(add(Sub(1), Sub(2)), add(Base(1), Base(2)))


# Mixed classes: a subclass's reflected method goes first.
class Left:
    def __add__(self, other):
        return "Left.__add__"

    def __lt__(self, other):
        return "Left.__lt__"


class Right(Left):
    def __radd__(self, other):
        return "Right.__radd__"

    def __gt__(self, other):
        return "Right.__gt__"


for i in range(300):
    add(Left(), Left())
    lt(Left(), Left())
print(add(Left(), Right()), add(Right(), Left()), add(Left(), Left()), add(Right(), Right()))
print(lt(Left(), Right()), lt(Right(), Left()), lt(Left(), Left()))

# Changing an instance's __class__.
x, y = Left(), Left()
print(add(x, y))
x.__class__ = Right
print(add(x, y), add(y, x), add(x, x))


# Methods that are not plain functions.
class Odd:
    __add__ = staticmethod(lambda other: "static add")

    def __lt__(self, other, *rest):
        return "varargs lt"


for i in range(300):
    add(V(1), V(2))
print(add(Odd(), Odd()), lt(Odd(), Odd()))


# Built-in subclasses keep their built-in methods.
class MyInt(int):
    pass


class MyList(list):
    pass


print(add(MyInt(2), MyInt(3)), type(add(MyInt(2), MyInt(3))).__name__, lt(MyInt(2), MyInt(3)))
print(add(MyList([1]), MyList([2])), iadd(MyList([1]), MyList([2])), type(iadd(MyList([1]), MyList([2]))).__name__)


# Recursion through a comparison method reports RecursionError.
class Deep:
    def __lt__(self, other):
        return lt(self, other)


try:
    lt(Deep(), Deep())
except RecursionError as e:
    print("RecursionError:", e)


# An exception inside the method has its traceback.
class Boom:
    def __add__(self, other):
        raise ValueError("boom")


for i in range(3):
    try:
        add(Boom(), Boom())
    except ValueError as e:
        print("ValueError:", e)
