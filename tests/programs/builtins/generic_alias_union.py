# list[int] and int | None: types.GenericAlias and types.UnionType.
def f(x: list[int], y: dict[str, list[int]] | None = None) -> tuple[int, ...]:
    return tuple(x)


print(f.__annotations__)
print(f([1, 2]))
a = list[int]
print(a, type(a).__name__, a.__origin__, a.__args__, a.__parameters__, list[int] == list[int])
print(a(), a('ab'), list[()], tuple[()], dict[str, int], type[int], list[list[int]])
print(hash(a) == hash(list[int]), a == list[str], a.append is list.append)
u = int | None
print(u, type(u).__name__, u.__args__, int | str | int, None | int, int | int, list[int] | None)
print(u == (None | int), hash(int | str) == hash(str | int), (int | str) == (str | int))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str))
print(issubclass(bool, int | None), issubclass(str, (float, int | str)))
for call in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
             lambda: isinstance(1, int | list[int]), lambda: (int | str)[int], lambda: int | 3]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)


class Stack(list[int]):
    pass


s = Stack([3])
print(type(s).__name__, s, Stack.__mro__[1].__name__, Stack.__orig_bases__)
print(sorted(n for n in dir(a) if not n.startswith('_'))[:4], '__origin__' in dir(a))
