# typing: TypedDict (total, Required/NotRequired, inheritance), NamedTuple (defaults, methods, errors), Protocol runtime checks.
import typing
from typing import (NamedTuple, NotRequired, Protocol, Required, TypedDict, get_type_hints, runtime_checkable)

class Movie(TypedDict):
    title: str
    year: int

class Partial(TypedDict, total=False):
    rating: float
    tag: Required[str]

class Sequel(Movie, total=False):
    prequel: str
    extra: NotRequired[int]

m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, Movie.__total__, Partial.__total__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__))
print(sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__))
print({k: v.__name__ for k, v in get_type_hints(Sequel).items()})
print(get_type_hints(Partial, include_extras=True)["tag"])
Point2D = TypedDict("Point2D", {"x": int, "y": int})
print(Point2D(x=1, y=2), sorted(Point2D.__annotations__))
try:
    isinstance({}, Movie)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(TypedDict, int):
        pass
except TypeError as e:
    print("TypeError:", e)

class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: str = "eng"
    def label(self):
        return f"{self.name}#{self.id}"

e = Employee("ann")
print(e, e.label(), Employee._fields, Employee._field_defaults, e._asdict(), e._replace(id=9))
print(Employee.__annotations__, Employee("b", 1, "ops") < Employee("b", 2, "a"), isinstance(e, tuple))
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "x"), Pair.__annotations__)
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: str
except TypeError as e2:
    print("TypeError:", e2)
try:
    Employee()
except TypeError as e3:
    print("TypeError:", e3)
try:
    class BadNT2(NamedTuple):
        _private: int
except ValueError as e4:
    print("ValueError:", e4)

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class HasName(Protocol):
    name: str

class Resource:
    def close(self):
        pass

class Named:
    def __init__(self):
        self.name = "n"

print(isinstance(Resource(), Closeable), isinstance(object(), Closeable), issubclass(Resource, Closeable))
print(isinstance(Named(), HasName), isinstance(Resource(), HasName))
try:
    issubclass(Named, HasName)
except TypeError as e5:
    print("TypeError:", e5)

class NotChecked(Protocol):
    def run(self): ...
try:
    isinstance(Resource(), NotChecked)
except TypeError as e6:
    print("TypeError:", e6)
try:
    NotChecked()
except TypeError as e7:
    print("TypeError:", e7)

class Impl(Closeable):
    pass
print(isinstance(Impl(), Closeable), Impl().close())
print(typing.is_typeddict(Movie), typing.is_typeddict(dict), Closeable._is_protocol, getattr(Impl, "_is_protocol"))
