# A value class using many special methods together
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"
    def __eq__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return self + -o
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __lt__(self, o):
        return abs(self) < abs(o)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, -a, abs(b))
print(a == Vec(1, 2), a != b, a == (1, 2), bool(Vec(0, 0)), bool(a))
print(len(a), a[0], a[-1], list(a), tuple(b), dict([a, b]))
x, y = b
print(x, y, {a: "a", Vec(1, 2): "dup"})
print(sorted([Vec(5, 5), Vec(0, 1), Vec(2, 0)]), max(Vec(1, 1), Vec(0, 3)))
print(sum([a, b], Vec(0, 0)))
try:
    sum([a, b])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * "s"
except TypeError as e:
    print(type(e).__name__, e)
total = Vec(0, 0)
for v in [a, b, a]:
    total += v
print(total, 2 in a, 5 in a)
