# `del cls.__new__` leaves CPython's tp_new dispatcher in place: object.__new__
# then refuses arguments, for the class and its subclasses (old and new).
class A:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
print(A(1).v)
del A.__new__
try:
    A(2)
except TypeError as e:
    print("TypeError:", e)
class B(A):
    pass
try:
    B(3)
except TypeError as e:
    print("TypeError:", e)
class C:
    def __init__(self, v):
        self.v = v
class D(C):
    pass
C.__new__ = staticmethod(lambda cls, v: object.__new__(cls))
print(D(4).v)
del C.__new__
try:
    D(5)
except TypeError as e:
    print("TypeError:", e)
print(C.__new__ is object.__new__)
class E:
    pass
try:
    E(1)
except TypeError as e:
    print("TypeError:", e)
E.__init__ = lambda self, v: None
print(type(E(1)).__name__)
