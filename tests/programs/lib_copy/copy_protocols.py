# copy protocols: __copy__, __reduce_ex__, __reduce__, __getstate__/__setstate__, __getnewargs__, copyreg, slots, errors.
import copy
import copyreg

class WithCopy:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return WithCopy(self.v + ["copied"])

w = WithCopy([1])
print(copy.copy(w).v, w.v)

class State:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __getstate__(self):
        print("getstate")
        return {"a": self.a}
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
        self.b = "restored"

s2 = copy.copy(State(1, 2))
print(s2.a, s2.b)
s3 = copy.deepcopy(State([1], 2))
print(s3.a, s3.b)

class Reduced:
    def __init__(self, x):
        self.x = x
    def __reduce__(self):
        print("__reduce__")
        return (Reduced, (self.x * 2,))

print(copy.copy(Reduced(3)).x, copy.deepcopy(Reduced(4)).x)

class ReducedEx:
    def __init__(self, x):
        self.x = x
    def __reduce_ex__(self, proto):
        print("__reduce_ex__", proto)
        return (ReducedEx, (self.x + 1,), {"extra": "state"})

r = copy.copy(ReducedEx(1))
print(r.x, r.extra)

class ListLike(list):
    pass
ll = ListLike([1, [2]])
ll.tag = "t"
c = copy.copy(ll)
dc = copy.deepcopy(ll)
print(type(c).__name__, c, c.tag, c[1] is ll[1], dc[1] is ll[1], dc.tag)

class DictLike(dict):
    pass
dl = DictLike(a=[1])
dl2 = copy.deepcopy(dl)
print(type(dl2).__name__, dl2, dl2["a"] is dl["a"])

class NewArgs(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
    def __getnewargs__(self):
        return (int(self), self.label)

n = copy.copy(NewArgs(7, "seven"))
print(type(n).__name__, int(n), n.label)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]

sl = copy.copy(Slotted())
print(sl.a, hasattr(sl, "b"))
sl2 = copy.deepcopy(Slotted())
print(sl2.a)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def reduce_point(p):
    print("copyreg reducer")
    return (Point, (p.x, p.y))

copyreg.pickle(Point, reduce_point)
p = copy.copy(Point(1, 2))
print(p.x, p.y)

class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("cannot copy NoCopy")

try:
    copy.copy(NoCopy())
except TypeError as e:
    print("TypeError:", e)

it = copy.deepcopy(iter([1, [2]]))
print(type(it).__name__, list(it))

class BadReduce:
    def __reduce_ex__(self, proto):
        return "global_name"

br = BadReduce()
print(copy.copy(br) is br, copy.deepcopy(br) is br)

print(copy.Error is copy.error, issubclass(copy.Error, Exception))
