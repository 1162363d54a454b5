# functools: singledispatch (register forms, MRO, ABCs, annotations, dispatch/registry), singledispatchmethod, total_ordering.
import collections.abc
import functools
from functools import singledispatch, singledispatchmethod, total_ordering

@singledispatch
def describe(obj):
    return "object " + type(obj).__name__

@describe.register
def _(obj: int):
    return f"int {obj}"

@describe.register(float)
def _(obj):
    return f"float {obj}"

@describe.register(collections.abc.Sequence)
def _(obj):
    return f"sequence of {len(obj)}"

def for_dict(obj):
    return "dict with " + ",".join(sorted(obj))
describe.register(dict, for_dict)

@describe.register
def _(obj: list | tuple):
    return "list-or-tuple"

class MyInt(int):
    pass

for v in (1, True, MyInt(3), 2.5, "abc", [1, 2], (1,), {"b": 1, "a": 2}, {1}, None, range(3)):
    print(repr(v), "->", describe(v))
print(describe.dispatch(bool).__name__, describe.dispatch(str) is describe.registry[collections.abc.Sequence])
print(sorted(k.__name__ for k in describe.registry))
try:
    @describe.register
    def _(obj):
        return "no annotation"
except TypeError as e:
    print("TypeError:", str(e).split(" at 0x")[0], str(e).split(">")[-1])
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
print(describe.__name__, describe.__wrapped__.__name__)

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "generic"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg}"
    @fmt.register
    def _(self, arg: str):
        return f"str:{arg}"
    @singledispatchmethod
    @classmethod
    def cfmt(cls, arg):
        return f"{cls.__name__} generic"
    @cfmt.register
    @classmethod
    def _(cls, arg: bytes):
        return f"{cls.__name__} bytes"

f = Formatter()
print(f.fmt(1), f.fmt("s"), f.fmt(1.5), Formatter.cfmt(b"x"), Formatter.cfmt(3))

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n == other.n
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n
    def __repr__(self):
        return f"V{self.n}"

a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, a == Version(1), sorted([b, a, Version(0)]), max(a, b))
try:
    a <= 5
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class ByGe:
    def __init__(self, n):
        self.n = n
    def __ge__(self, other):
        return self.n >= other.n
print(ByGe(1) < ByGe(2), ByGe(2) <= ByGe(2), ByGe(3) > ByGe(1))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)
