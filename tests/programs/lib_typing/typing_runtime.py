# typing at runtime: aliases and their reprs, get_origin/get_args, get_type_hints, NamedTuple, TypedDict, Generic, Protocol.
from __future__ import annotations

import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, List, Literal, NamedTuple, NewType,
                    Optional, Protocol, Sequence, Tuple, TypedDict, TypeVar, Union, cast, get_args, get_origin,
                    get_type_hints, overload, runtime_checkable)

print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Optional[str], Union[int, str, None])
print(Callable[[int, str], bool], Callable[..., Any], Literal[1, "a"], Union[int, int], Union[int])
print(list[int], dict[str, tuple[int, ...]], int | None, type(int | str).__name__)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == list[int])
for tp in (List[int], Dict[str, int], Optional[int], Callable[[int], str], Literal["x"], int | str, tuple[int, str], Final[int], ClassVar[int], int):
    print(f"  {str(tp):38} origin={get_origin(tp)} args={get_args(tp)}")

T = TypeVar("T")
K = TypeVar("K", str, bytes)
N = TypeVar("N", bound=float)
print(T, K.__constraints__, N.__bound__, T.__name__, repr(typing.AnyStr))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[str].__origin__ is Stack, get_args(Stack[str]))
print(type(Stack[int]()).__name__, Stack.__mro__[1:])

class Pair(Generic[T, K]):
    pass

print(Pair[int, str], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0

e = Employee("ann")
print(e, e._fields, e._field_defaults, e._replace(salary=10.5), e._asdict(), Employee._make(["bo", "ops", 1.0]))
print(isinstance(e, tuple), e[0], len(e), Employee.__annotations__)

class Movie(TypedDict, total=False):
    title: str
    year: int

class Book(TypedDict):
    title: str
    pages: int

m: Movie = {"title": "Heat"}
print(m, type(m).__name__, Movie.__total__, Book.__total__, sorted(Movie.__optional_keys__), sorted(Book.__required_keys__))
print(Book(title="x", pages=3), Movie.__annotations__ if not isinstance(Movie.__annotations__["title"], str) else "strs")

UserId = NewType("UserId", int)
u = UserId(5)
print(u, type(u).__name__, UserId.__name__, UserId.__supertype__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class Resource:
    def close(self) -> None:
        print("closed")

print(isinstance(Resource(), Closable), isinstance(42, Closable), issubclass(Resource, Closable))
try:
    class NotRuntime(Protocol):
        def f(self) -> None: ...
    isinstance(1, NotRuntime)
except TypeError as e:
    print("TypeError:", e)

def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> List[str]:
    return [name] * times

class Config:
    debug: ClassVar[bool] = False
    name: str
    level: "int"

print(get_type_hints(greet))
print(get_type_hints(Config))
print(greet.__annotations__)
print(get_type_hints(Employee), get_type_hints(Book))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

print(double(2), double("ab"), cast(int, "not really an int"), cast("List[int]", [1]))
print(typing.TYPE_CHECKING, Any, typing.NoReturn, typing.Never if hasattr(typing, "Never") else None)
print(typing.Sized, typing.Hashable, isinstance([], typing.Sequence), isinstance({}, typing.Mapping), issubclass(list, typing.Iterable))
try:
    List[int]()
except TypeError as e:
    print("TypeError:", e)
try:
    Union[int, str]()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    Literal[1]()
except TypeError as e:
    print("TypeError:", e)
