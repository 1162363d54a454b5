# abc: ABCMeta, abstractmethod/property/classmethod/staticmethod, register, __subclasshook__, collections.abc checks.
import abc
import collections.abc as cabc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self) -> float:
        """Area of the shape."""

    @property
    @abstractmethod
    def name(self) -> str: ...

    @classmethod
    @abstractmethod
    def unit(cls) -> "Shape": ...

    @staticmethod
    @abstractmethod
    def sides() -> int: ...

    def describe(self) -> str:
        return f"{self.name} with {self.sides()} sides, area {self.area():.2f}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    @property
    def name(self):
        return "square"

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def sides():
        return 4


class HalfSquare(Shape):
    def area(self):
        return 0.5


print(sorted(Shape.__abstractmethods__), sorted(HalfSquare.__abstractmethods__), Square.__abstractmethods__)
print(Square(3).describe(), Square.unit().area(), isinstance(Square(1), Shape), type(Shape), type(Square))
for cls in (Shape, HalfSquare):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False), Shape.area.__doc__)


class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self): ...


class Sprite:
    def draw(self):
        return "sprite"


print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
Drawable.register(Sprite)
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable), Sprite.__mro__)


@Drawable.register
class Text:
    pass


print(issubclass(Text, Drawable), Text.__name__, isinstance(Text(), Drawable))


class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return any("__len__" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Box:
    def __len__(self):
        return 3


print(issubclass(Box, Sized2), issubclass(int, Sized2), isinstance([], Sized2), isinstance(Box(), Sized2))


class Base(ABC):
    @abstractmethod
    def run(self): ...


class Later(Base):
    pass


def run(self):
    return "ran"


Later.run = run
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().run())

print(abc.get_cache_token() is not None, isinstance(ABC, ABCMeta), ABC.__slots__)

checks = {
    "list": [], "dict": {}, "tuple": (), "str": "", "set": set(), "frozenset": frozenset(), "gen": (x for x in ()),
    "range": range(3), "bytes": b"", "int": 1, "func": len, "dict_keys": {}.keys(),
}
abcs = [cabc.Iterable, cabc.Iterator, cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.MutableMapping,
        cabc.Set, cabc.Hashable, cabc.Callable, cabc.Sized, cabc.Generator, cabc.Reversible, cabc.Collection]
print(" " * 10 + " ".join(a.__name__[:6].rjust(6) for a in abcs))
for name, obj in checks.items():
    print(f"{name:10}" + " ".join(("yes" if isinstance(obj, a) else "-").rjust(6) for a in abcs))


class MyMap(cabc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


m = MyMap(a=1, b=2)
print(dict(m), m.get("c", 0), "a" in m, list(m.items()), m == {"a": 1, "b": 2}, list(m.keys()), list(m.values()))
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError:", e)


class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return 5


s = MySeq()
print(list(s), s.index(9), s.count(4), 16 in s, list(reversed(s)), isinstance(s, cabc.Reversible))
