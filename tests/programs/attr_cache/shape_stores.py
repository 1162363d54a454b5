# Stores that add attributes follow the shape transition a warm site saw,
# appending to the instance dict in place; the dict's entry vector fills
# and grows across many such appends, and every way of looking at the dict
# afterwards must agree with CPython.


class Wide:
    def __init__(self, k):
        self.a0 = k
        self.a1 = k + 1
        self.a2 = k + 2
        self.a3 = k + 3
        self.a4 = k + 4
        self.a5 = k + 5
        self.a6 = k + 6
        self.a7 = k + 7
        self.a8 = k + 8
        self.a9 = k + 9
        self.a10 = k + 10
        self.a11 = k + 11
        self.a12 = k + 12
        self.a13 = k + 13
        self.a14 = k + 14
        self.a15 = k + 15
        self.a16 = k + 16
        self.a17 = str(k)


ws = [Wide(k) for k in range(400)]
print(sum(w.a0 + w.a7 + w.a16 for w in ws), ws[399].a17, len(vars(ws[5])))
print(list(vars(ws[3]).items())[:3], list(vars(ws[3]))[-3:])

# The dict seen through __dict__ after in-place appends: len, iteration,
# membership, copies, equality, deletion, re-adding.
w = ws[10]
d = w.__dict__
print(len(d), "a9" in d, d["a12"], d.get("a17"), sorted(d)[:4])
print(dict(d) == {"a%d" % i: (10 + i if i < 17 else "10") for i in range(18)})
del w.a3
print(len(d), "a3" in d, list(d)[:5])
w.a3 = "back"
print(list(d)[-1], w.a3, d.popitem())


# Values that die when replaced, and values shared by many instances.
class Holder:
    def __init__(self, v):
        self.v = v
        self.w = [v]


class Noisy:
    count = 0

    def __del__(self):
        Noisy.count += 1


hs = [Holder(Noisy()) for _ in range(300)]
for h in hs:
    h.v = None
print("freed", Noisy.count)
shared = Noisy()
hs = [Holder(shared) for _ in range(300)]
del hs
print("freed after", Noisy.count)
del shared
print("freed last", Noisy.count)


# Iterating an instance dict while a store adds to it raises as in CPython.
class Grow:
    def __init__(self):
        self.x = 1


for _ in range(200):
    g = Grow()
    g.y = 2
try:
    for k in g.__dict__:
        g.z = 3
except RuntimeError as e:
    print("RuntimeError", e)
print(vars(g))

# Instances of subclasses and of classes with __slots__ and a dict.
class Base:
    def __init__(self):
        self.p = 1
        self.q = 2


class Sub(Base):
    def __init__(self):
        super().__init__()
        self.r = 3


class Slotted:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = 0
        self.t = 1


objs = [Sub() if i % 2 else Base() for i in range(300)] + [Slotted() for _ in range(100)]
print(sum(getattr(o, "r", 0) + getattr(o, "t", 0) for o in objs), vars(objs[1]), vars(objs[-1]))
