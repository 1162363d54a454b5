# __hash__ and __eq__: objects as dict keys and set members
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d)
d[Point(1, 2)] = "replaced"
print(d, len(d))
s = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(s), Point(1, 1) in s)
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly(1) == EqOnly(1), EqOnly(1) in [EqOnly(1)])
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
class ConstHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        print("  eq", self.v, o.v)
        return self.v == o.v
cd = {ConstHash(1): "one"}
cd[ConstHash(2)] = "two"
print(len(cd), cd[ConstHash(2)])
class HashNoEq:
    def __hash__(self):
        return 7
a, b = HashNoEq(), HashNoEq()
print(hash(a), len({a, b}), a == b)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self):
        return "str"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class Child(Point):
    pass
print(hash(Child(1, 2)) == hash(Point(1, 2)), Child(1, 2) == Point(1, 2))
class ChildEq(Point):
    def __eq__(self, o):
        return True
try:
    hash(ChildEq(0, 0))
except TypeError as e:
    print(type(e).__name__, e)
print(1 in {1.0: "x"}, {1: "int"}[True], hash(-1), hash(-2))
