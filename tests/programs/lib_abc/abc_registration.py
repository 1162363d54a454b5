# abc: virtual subclasses via register (decorator form, chains, cache invalidation), __subclasshook__, instantiation errors.
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...

print(sorted(Shape.__abstractmethods__))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)

class Half(Shape):
    def area(self):
        return 1

try:
    Half()
except TypeError as e:
    print("TypeError:", e)

class Square(Half):
    def perimeter(self):
        return 4

print(Square().area(), Square.__abstractmethods__, isinstance(Square(), Shape))

@Shape.register
class Circle:
    pass

print(Circle.__name__, issubclass(Circle, Shape), isinstance(Circle(), Shape), Shape in Circle.__mro__)

class Sub(Circle):
    pass
print(issubclass(Sub, Shape))

class Other:
    pass
print(issubclass(Other, Shape))
ret = Shape.register(Other)
print(ret is Other, issubclass(Other, Shape))
print(Shape.register(Square) is Square)

class A(ABC):
    pass
class B(A):
    pass
try:
    A.register(A)
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    B.register(A)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    A.register(5)
except TypeError as e:
    print("TypeError:", e)

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in k.__dict__ for k in C.__mro__) or NotImplemented
        return NotImplemented

print(issubclass(list, Sized), issubclass(int, Sized), isinstance("s", Sized), isinstance(3, Sized))

class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False

class Child(Never):
    pass
print(issubclass(Child, Never), isinstance(Child(), Never))
Never.register(int)
print(issubclass(int, Never))

class NotABC:
    pass
print(abc.get_cache_token() == abc.get_cache_token())
t1 = abc.get_cache_token()
A.register(NotABC)
print(abc.get_cache_token() != t1, issubclass(NotABC, A), issubclass(NotABC, B))

class Meta(metaclass=ABCMeta):
    @abstractmethod
    def m(self): ...
print(type(Meta).__name__, Meta.__abstractmethods__)

try:
    issubclass(5, Shape)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(5, Shape), issubclass(bool, Shape))
