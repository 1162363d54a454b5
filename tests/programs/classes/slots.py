# __slots__: member descriptors, no instance __dict__, subclasses, clearing on death
class S:
    __slots__ = ("a", "__p")
    def __init__(s): s.a=1
    def setp(s, v): s.__p = v
    def getp(s): return s.__p
print(sorted(S.__dict__.keys()))
print(type(S.a).__name__, S.a.__name__, S.a.__objclass__)
s=S()
s.setp(5); print(s.getp())
try: s.__p
except AttributeError as e: print(e)
try:
    class T:
        __slots__=("x",)
        x = 1
except ValueError as e: print(e)
class U: __slots__ = "single"
print(sorted(U.__dict__.keys()))
class V(S): pass
v=V(); v.z=1; print(v.__dict__, v.a)
class W(S): __slots__=("c",)
w=W()
try: w.z=1
except AttributeError as e: print(e)
del s.a
try: del s.a
except AttributeError as e: print(e)
try: print(s.a)
except AttributeError as e: print(e)
class X: __slots__=("__dict__","q")
x=X(); x.r=1; print(x.__dict__)
try:
    class Y: __slots__=(1,)
except TypeError as e: print(e)
print(S.__slots__, hasattr(s, "__dict__"))
try:
    class Q: __slots__=("__dict__","__dict__")
except TypeError as e: print(e)
class P(tuple):
    __slots__ = ()
    @property
    def first(self): return self[0]
p = P((1, 2))
print(p.first, p)
try:
    p.attr = 1
except AttributeError as e: print(e)
try:
    vars(s)
except TypeError as e: print(e)
class E(Exception): __slots__ = ()
e = E(); e.x = 1; print(e.x)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
pts = [Point(i, i*i) for i in range(3)]
print(pts, [p.y for p in pts])
pts[0].x += 10
print(pts[0])
print(getattr(pts[1], "x"), hasattr(pts[1], "z"))
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class S:
    __slots__ = ("a", "b")
s = S()
s.a = Noisy(1)
s.b = Noisy(2)
s.a = Noisy(3)
print("replaced")
del s
print("after del s")
class T(S):
    __slots__ = ("c",)
    def __del__(self): print("T del")
t = T(); t.c = Noisy(4); t.a = Noisy(5)
t = None
print("end")
