# Rich comparison methods, reflection and defaults
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V" + str(self.v)
    def __eq__(self, o):
        print("  eq", self, o)
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print("  lt", self, o)
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
print(V(1) == V(1), V(1) == V(2))
print(V(1) != V(2))
print(V(1) < V(2))
print(V(3) > V(2))
print(V(1) == 1)
print(1 == V(1))
try:
    print(V(1) <= V(2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(V(1) < 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([V(3), V(1), V(2)]))
print(max([V(3), V(5), V(4)]), min([V(3), V(5), V(4)]))
class Full:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ne__(self, o): return "custom ne"
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return "gt called"
    def __ge__(self, o): return self.v >= o.v
a, b = Full(1), Full(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
class Odd:
    def __lt__(self, o):
        return "truthy string"
print(Odd() < Odd(), bool(Odd() < Odd()))
if Odd() < 1:
    print("non-bool result used as condition")
print(V(2) in [V(1), V(2)])
class Loose:
    def __eq__(self, o):
        return True
print(Loose() == 5, 5 == Loose(), [1, 2].index(Loose()), Loose() in [9])
print([V(1)] == [V(1)])
l = Loose()
print([l] == [l], (l, 1) == (2, 1))
