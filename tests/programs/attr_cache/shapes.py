# Instance dicts share hidden classes (shapes) by attribute order; warm
# attribute sites remember a shape, and every way of leaving or changing it
# must still give CPython's answers.


class P:
    def __init__(self, x, y, flip=False, extra=False):
        if flip:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y
        if extra:
            self.z = x * y

    def norm(self):
        return self.x * self.x + self.y * self.y


def total(ps):
    t = 0
    for p in ps:
        t += p.x - p.y
    return t


def norms(ps):
    return [p.norm() for p in ps]


# One type, several shapes at the same sites (order and extra attributes).
ps = [P(i, i + 1, flip=i % 3 == 0, extra=i % 5 == 0) for i in range(300)]
for _ in range(20):
    r = total(ps)
print("total", r, sum(norms(ps)))
print(list(ps[0].__dict__), list(ps[1].__dict__), list(ps[5].__dict__))

# An instance attribute shadowing the method, on some instances only.
for i in range(0, 300, 7):
    ps[i].norm = (lambda k: (lambda: -k))(i)
print("shadowed", sum(norms(ps)), norms(ps)[:8])
del ps[7].norm
print("unshadowed again", norms(ps)[7])

# Deleting an attribute, then loading it, then adding it back.
q = ps[10]
del q.x
try:
    q.x
except AttributeError as e:
    print("AttributeError", e)
q.x = 99
print("re-added", q.x, list(q.__dict__))
print("total after del", total(ps))

# The dict changed behind the object's back.
r = ps[11]
r.__dict__.clear()
try:
    total(ps)
except AttributeError as e:
    print("cleared:", e)
r.__dict__.update(x=1, y=2)
print("updated", total(ps), list(r.__dict__))
s = ps[12]
s.__dict__ = {"y": 5, "x": 7}
print("replaced dict", total(ps), s.x, s.y)
s.__dict__[3] = "int key"
print("int key", total(ps), s.__dict__)
t = ps[13]
print(t.__dict__.popitem(), list(t.__dict__))
t.y = -1
print("popitem", total(ps))


# Stores: adding keys along the same transitions, replacing, in loops.
class Acc:
    def __init__(self, n):
        self.n = n
        self.total = 0
        if n % 2:
            self.odd = True

    def add(self, k):
        self.total = self.total + k
        self.last = k


accs = [Acc(i) for i in range(200)]
for a in accs:
    for k in range(5):
        a.add(k)
print("acc", sum(a.total for a in accs), list(accs[0].__dict__), list(accs[1].__dict__))
print(sum(1 for a in accs if hasattr(a, "odd")))


# More attributes than a shape holds, in one object and across objects.
class Bag:
    pass


b = Bag()
for i in range(45):
    setattr(b, "a%d" % i, i)
print("bag", len(vars(b)), b.a0, b.a29, b.a30, b.a44)
bags = []
for i in range(200):
    o = Bag()
    setattr(o, "k%d" % (i % 60), i)
    o.common = i
    bags.append(o)
print("bags", sum(o.common for o in bags), sorted(vars(bags[61]).items()))


# A str subclass as a key, and a key added through the dict.
class S(str):
    pass


w = P(1, 2)
setattr(w, S("w"), 3)
w.__dict__["v"] = 4
print("subclass key", w.w, w.v, list(w.__dict__), total([w] * 3))

# copy and pickle-style restores go through the dict too.
import copy
c = copy.copy(ps[20])
c.x = 1000
print("copy", c.x, ps[20].x, list(c.__dict__), total([c, ps[20]]))
