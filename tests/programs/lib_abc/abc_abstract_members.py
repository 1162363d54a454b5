# abc: abstract properties, classmethods, staticmethods, update_abstractmethods, __isabstractmethod__, mixing with other decorators.
import abc
from abc import ABC, abstractmethod

class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...

    @name.setter
    @abstractmethod
    def name(self, v): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def helper(x): ...

    def concrete(self):
        return "concrete"

print(sorted(Base.__abstractmethods__))
print(Base.__dict__["name"].__isabstractmethod__, Base.__dict__["make"].__isabstractmethod__,
      Base.__dict__["helper"].__isabstractmethod__, getattr(Base.concrete, "__isabstractmethod__", False))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)

class Impl(Base):
    _n = "impl"
    @property
    def name(self):
        return self._n
    @name.setter
    def name(self, v):
        self._n = v
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper(x):
        return x * 2

i = Impl.make()
i.name = "set"
print(i.name, Impl.helper(4), i.concrete(), Impl.__abstractmethods__)

class OnlyGetter(ABC):
    @property
    @abstractmethod
    def value(self): ...

class Partial(OnlyGetter):
    value = 5
print(Partial().value, Partial.__abstractmethods__)

def later(self):
    return "later"

class Late(ABC):
    pass
Late.extra = abstractmethod(later)
print(Late.__abstractmethods__)
abc.update_abstractmethods(Late)
print(sorted(Late.__abstractmethods__))
try:
    Late()
except TypeError as e:
    print("TypeError:", e)

class Fixed(Late):
    def extra(self):
        return 1
print(Fixed().extra())

class NotAbc:
    @abstractmethod
    def m(self): ...
print(NotAbc().m(), abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, "__abstractmethods__"))

print(abc.abstractproperty.__mro__[1].__name__, abc.abstractclassmethod.__isabstractmethod__)

class Legacy(ABC):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Legacy.__abstractmethods__))

class Many(ABC):
    @abstractmethod
    def z(self): ...
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def m(self): ...
try:
    Many()
except TypeError as e:
    print("TypeError:", e)
