# typing: Generic subscription and parameters, TypeVar bounds/constraints, Literal/Annotated/Union/Optional reprs and equality.
import typing
from typing import (Annotated, Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, Optional, ParamSpec,
                    Tuple, TypeVar, Union, get_args, get_origin)

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
Co = TypeVar("Co", covariant=True)
P = ParamSpec("P")
print(T, K, N, Co, P, K.__bound__, N.__constraints__, Co.__covariant__, T.__name__)

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

class Mapping2(Generic[K, T]):
    pass

print(Box[int], Box[int].__origin__ is Box, Box.__parameters__, Box[int].__args__, Mapping2[str, T].__parameters__)
b = Box[int](5)
print(b.item, type(b).__name__, b.__orig_class__)
print(Mapping2[str, List[T]][int])
for bad in (lambda: Box[int, str], lambda: Generic[int], lambda: Mapping2[int], lambda: Generic[T, T]):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

class IntBox(Box[int]):
    pass
print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox.__mro__[1].__name__)

print(Literal[1, "a", None], Literal[1] == Literal[1], Literal[1, 2] == Literal[2, 1], Literal[Literal[1], 2])
print(get_args(Literal[1, "a"]), get_origin(Literal[1]))
A = Annotated[int, "meta", 3]
print(A, A.__metadata__, get_args(A), get_origin(A) is Annotated, Annotated[A, "more"])
print(Union[int, str], Union[int, int], Union[int], Optional[str], Union[int, None, str], Union[int, str] == Union[str, int])
print(int | str, (int | str) == Union[int, str], get_args(int | None), Optional[Union[int, str]])
print(Callable[[int, str], bool], Callable[..., int], get_args(Callable[[int], str]), Callable[P, int])
print(Dict[str, List[int]], Tuple[int, ...], Tuple[()], ClassVar[int], Final[str], List[T][int])
print(list[int], dict[str, tuple[int, ...]], get_origin(list[int]), get_args(dict[str, int]))
print(typing.get_origin(Dict[str, int]), typing.get_origin(Union[int, str]), typing.get_origin(int))
for bad in (lambda: Union[()], lambda: Optional[int, str], lambda: Literal[1](), lambda: Annotated[int],
            lambda: TypeVar("X", int), lambda: isinstance(1, List[int]), lambda: Union[int, 3]):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print(repr(Any), typing.TYPE_CHECKING, typing.cast(int, "x"), typing.assert_type(3, int))
print(isinstance(3, Union[int, str]), isinstance(3.0, int | str), issubclass(bool, int | None))
