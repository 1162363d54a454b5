# Read-only properties and missing deleters
class Point:
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
p = Point(3)
print(p.x)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
class WriteOnly:
    def _set(self, v):
        self.stored = v
    value = property(None, _set)
w = WriteOnly()
w.value = 7
print(w.stored)
try:
    print(w.value)
except AttributeError as e:
    print(type(e).__name__, e)
class Shadow:
    @property
    def attr(self):
        return "from property"
s = Shadow()
s.__dict__["attr"] = "from dict"
print(s.attr)
class Failing:
    @property
    def broken(self):
        return self.missing_attribute
try:
    Failing().broken
except AttributeError as e:
    print(type(e).__name__, e)
class Validated:
    def __init__(self):
        self._age = 0
    @property
    def age(self):
        return self._age
    @age.setter
    def age(self, v):
        if not isinstance(v, int):
            raise TypeError("age must be int, not " + type(v).__name__)
        self._age = v
v = Validated()
v.age = 5
print(v.age)
try:
    v.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(v.age)
print(Point.x.fget(p), Point.x.fset, Point.x.fdel)
Point.x = 99
print(p.x)
