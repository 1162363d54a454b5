# Attribute assignment on instances, classes, functions and modules
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
p.z = 3
print(p.x, p.y, p.z, p.__dict__)
p.x = p.x + 10
print(p.__dict__)
p.dims = 3
print(p.dims, Point.dims, p.__dict__)
Point.dims = 4
q = Point(0, 0)
print(q.dims, p.dims)
del p.dims
print(p.dims)
Point.new_attr = "class level"
print(p.new_attr, q.new_attr)
def f():
    return 1
f.tag = "tagged"
f.count = 0
f.count += 1
print(f.tag, f.count, sorted(f.__dict__))
for target in [object(), 5, "s", [1], None]:
    try:
        target.attr = 1
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    print(p.nope)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(Point.nope)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.real = 5
except TypeError as e:
    print(type(e).__name__, e)
setattr(p, "dyn", [1])
print(getattr(p, "dyn"), getattr(p, "missing", "default"), hasattr(p, "dyn"), hasattr(p, "zz"))
setattr(p, "with space", 1)
print(getattr(p, "with space"))
p.__dict__["direct"] = "via dict"
print(p.direct)
import sys
mod = sys.modules[__name__]
mod.injected = 99
print(injected)
class Empty:
    pass
e = Empty()
e.a = e.b = "shared"
print(e.a is e.b, list(e.__dict__))
