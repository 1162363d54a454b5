# Attribute loads whose receiver is a class (cached on the class's own
# version): warm each site, then break what it relies on.

def read_x(c, n):
    t = 0
    for _ in range(n):
        t += c.x
    return t

class Base:
    x = 1

class C(Base):
    pass

print(read_x(C, 3000))
C.x = 2                       # shadows the base's value
print(read_x(C, 3000))
del C.x                       # back to the base
print(read_x(C, 3000))
Base.x = 5                    # a base changes
print(read_x(C, 3000))
print(read_x(Base, 3000))

# A value of a class that later gains __get__.
class D:
    pass

class H:
    x = D()

def read_d(n):
    r = None
    for _ in range(n):
        r = H.x
    return type(r).__name__

print(read_d(3000))
D.__get__ = lambda self, obj, cls: 7
print(read_d(3000), H.x)
del D.__get__
print(read_d(3000))

# The value's class changes to one with __get__.
class G:
    def __get__(self, obj, cls):
        return "from G"

print(read_d(3000))
H.x.__class__ = G
print(read_d(3000), H.x)

# staticmethod and classmethod called on the class.
class S:
    @staticmethod
    def f(a):
        return a + 1

    @classmethod
    def g(cls, a):
        return (cls.__name__, a)

class T(S):
    pass

def call_f(c, n):
    t = 0
    for i in range(n):
        t += c.f(i)
    return t

def call_g(c, n):
    r = None
    for i in range(n):
        r = c.g(i)
    return r

print(call_f(S, 3000), call_g(S, 3000), call_g(T, 3000))
S.f = staticmethod(lambda a: a * 2)
print(call_f(S, 3000), call_f(T, 3000))
S.g = classmethod(lambda cls, a: ("new", cls.__name__, a))
print(call_g(S, 3000), call_g(T, 3000))
S.f = lambda a: -a            # a plain function: no binding through the class
print(call_f(S, 3000))
sm = staticmethod(lambda a: 100)
S.f = sm
print(call_f(S, 3000))
sm.__init__(lambda a: 200)   # same object, new function
print(call_f(S, 3000))

def get_g(c, n):
    r = None
    for _ in range(n):
        r = c.g
    return r

bound = get_g(S, 3000)
print(bound(1), bound.__self__.__name__)

# A metaclass that intercepts lookups is never cached.
class Meta(type):
    def __getattribute__(cls, name):
        if name == "x":
            return "meta"
        return super().__getattribute__(name)

class M(metaclass=Meta):
    x = 1

print(read_x.__name__, [M.x for _ in range(3)])

class Meta2(type):
    pass

class M2(metaclass=Meta2):
    x = 3

print(read_x(M2, 3000))
Meta2.x = property(lambda cls: 4)   # a data descriptor on the metaclass wins
print(read_x(M2, 3000))

# Names that `type` itself defines.
def names(c, n):
    r = None
    for _ in range(n):
        r = c.__name__
    return r

print(names(C, 3000), names(S, 3000))

# Missing attribute after warming.
class Z:
    y = 1

def read_y(n):
    t = 0
    for _ in range(n):
        t += Z.y
    return t

print(read_y(3000))
del Z.y
try:
    read_y(1)
except AttributeError as e:
    print("AttributeError:", e)
