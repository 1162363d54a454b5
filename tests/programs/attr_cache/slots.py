# __slots__ members through warm attribute sites.

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class P3(P):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class WithDict(P):
    pass

def norm1(p):
    return abs(p.x) + abs(p.y)

def move(p, dx):
    p.x = p.x + dx
    return p.x

pts = [P(i, -i) for i in range(10)] + [P3(1, 2, 3), WithDict(5, 6)]
print(sum(norm1(p) for _ in range(200) for p in pts))
print([move(p, 1) for _ in range(150) for p in pts][-12:])

w = pts[-1]
w.extra = "dict attr"
print(w.extra, w.__dict__, w.x)

# An unset member raises through a warm site, then works once set.
fresh = P.__new__(P)
def get_x(o):
    return o.x
for p in pts * 100:
    get_x(p)
try:
    get_x(fresh)
except AttributeError as e:
    print("AttributeError:", e)
fresh.x = "set"
print(get_x(fresh))
del fresh.x
try:
    get_x(fresh)
except AttributeError as e:
    print("AttributeError:", e)

# A member descriptor copied into an unrelated class must not read its layout.
class Other:
    x = P.x
o = Other()
try:
    get_x(o)
except TypeError as e:
    print("TypeError:", e)
try:
    move(o, 1)
except TypeError as e:
    print("TypeError:", e)

# Replacing the member with a plain class attribute after warming.
P.y = "class y"
def get_y(o):
    return o.y
print(get_y(pts[0]), get_y(pts[-1]))
try:
    pts[0].y = 5
except AttributeError as e:
    print("AttributeError:", e)
