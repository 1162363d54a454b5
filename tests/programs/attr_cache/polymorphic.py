# One site sees many types: hits, misses and refills must all give the right answer.

class Shape:
    sides = 0
    def area(self):
        return 0
    def describe(self):
        return f"{type(self).__name__}: sides={self.sides} area={self.area()}"

class Square(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

class Rect(Shape):
    sides = 4
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h

class Tri(Shape):
    sides = 3
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2

class Circle:
    __slots__ = ("r",)
    sides = "inf"
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r * self.r, 3)
    describe = Shape.describe

class Weird(Shape):
    @property
    def sides(self):
        return "computed"
    def __getattr__(self, name):
        return "missing " + name

shapes = [Square(2), Rect(2, 3), Tri(4, 5), Circle(1), Weird(), 7, "str", [1]]
total = 0
for i in range(3000):
    s = shapes[i % len(shapes)]
    try:
        total += s.area() if not isinstance(s, (int, str, list)) else len(str(s))
    except TypeError:
        pass
print(total)
for s in shapes[:5]:
    print(s.describe(), s.sides)
w = Weird()
print(w.anything, w.sides)
for s in shapes:
    print(type(s).__name__, getattr(s, "sides", None), hasattr(s, "area"))

# Attribute stores on many types at one site.
class Box:
    pass
class Slot1:
    __slots__ = ("v",)
def put(o, v):
    o.v = v
    return o.v
boxes = [Box(), Slot1(), Box(), Slot1()]
acc = []
for i in range(2000):
    acc.append(put(boxes[i % 4], i))
print(sum(acc), [b.v for b in boxes])
try:
    put(object(), 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    put(5, 1)
except AttributeError as e:
    print("AttributeError:", e)
