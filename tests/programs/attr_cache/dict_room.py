# New instances of a class whose earlier instances had attributes start with
# a dict that has room for as many: it must look like no dict at all until
# something is stored.
import copy
import pickle


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Empty:
    pass


def churn(n):
    t = 0
    for i in range(n):
        p = P(i, -i)
        t += p.x + p.y + i
    return t


print(churn(3000))
for cls in (P, Empty):
    e = Empty()
    e.a = 1
    del e
bare = P.__new__(P)
print(vars(bare), bare.__dict__, bare.__getstate__(), bare.__reduce_ex__(2)[2])
print(hasattr(bare, "x"))
try:
    bare.x
except AttributeError as e:
    print("AttributeError:", e)
e = Empty()
print(vars(e), e.__getstate__(), copy.copy(e).__dict__)
e.z = 3
e.w = 4
del e.z
print(vars(e), pickle.loads(pickle.dumps(e)).__dict__)
p = P(1, 2)
p.extra = [1]
p.more = {"k": 1}
q = copy.deepcopy(p)
print(vars(q), q.__getstate__())


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


for i in range(100):
    s = Slotted()
print(hasattr(Slotted(), "__dict__"), Slotted().a)


class Mixed(P):
    __slots__ = ("s",)


for i in range(100):
    m = Mixed(i, i)
    m.s = 5
m = Mixed.__new__(Mixed)
print(m.__dict__, m.__getstate__())
m.s = 1
print(m.__getstate__())
