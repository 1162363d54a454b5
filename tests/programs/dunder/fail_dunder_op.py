# Uncaught TypeError from an operator inside a special method
class Vector:
    def __init__(self, *coords):
        self.coords = coords

    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self.coords, other.coords)])

    def __mul__(self, k):
        return Vector(*[c * k for c in self.coords])

    def __repr__(self):
        return "Vector" + repr(self.coords)

v = Vector(1, 2)
print(v + Vector(10, 20))
print(v * 3)
print(v * "ab")
print(Vector("a", "b") + Vector("c", "d"))
print(v + Vector("x", 2))
print("not reached")
