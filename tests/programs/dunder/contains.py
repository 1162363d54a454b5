# `in` uses __contains__, then falls back to __iter__, then __getitem__
class Evens:
    def __contains__(self, x):
        print("  __contains__", x)
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e, "a" in e)
class Truthy:
    def __contains__(self, x):
        return "non-empty string"
class Falsy:
    def __contains__(self, x):
        return []
print(1 in Truthy(), 1 in Falsy(), 1 not in Falsy())
class ByIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
print(2 in ByIter(), 9 in ByIter())
class ByGetitem:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i * 10
print(30 in ByGetitem(), 35 in ByGetitem())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as ex:
    print(type(ex).__name__, ex)
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        return self.lo <= x < self.hi
r = Range(1, 10)
print([x for x in [0, 1, 5, 10] if x in r])
class EqAll:
    def __eq__(self, o):
        return True
print(EqAll() in [1], 1 in [EqAll()], EqAll() in (), "x" in {"x": 1})
class Raises:
    def __contains__(self, x):
        raise ValueError("no membership for " + repr(x))
try:
    5 in Raises()
except ValueError as ex:
    print(type(ex).__name__, ex)
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as ex:
    print(type(ex).__name__, ex)
print(1 in [1, 2], "ab" in "cabd", 3 in {3: 0}, 3 in {3}, (1,) in [(1,)], [] in [[]])
