# __del__: runs when the last reference goes, in CPython's order for containers, locals, exceptions,
# reassignment; resurrection (PEP 442: finalized once)
class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
def section(t): print("--", t)
section("rebinding")
x = D("first")
x = D("second")
del x
section("list clear order")
lst = [D("l0"), D("l1"), D("l2")]
del lst
section("list slice / pop / remove")
lst = [D("a"), D("b"), D("c"), D("d")]
lst.pop()
del lst[0]
lst[0:1] = []
print("left", [o.name for o in lst])
lst = None
section("dict")
d = {"k1": D("v1"), "k2": D("v2")}
d["k1"] = D("v1b")
del d["k2"]
d.clear()
print("cleared")
section("tuple and nested")
t = (D("t0"), [D("t1-in-list")], {"k": D("t2-in-dict")})
del t
section("function locals")
def f():
    a = D("local a")
    b = D("local b")
    print("returning")
    return 1
f()
print("after f")
def g():
    keep = D("returned")
    return keep
r = g()
print("got", r.name)
r = None
section("expression temporaries")
D("temp").name
print("after temp")
[D("in comprehension") for _ in range(1)]
print("after comprehension")
section("attribute holding")
class Holder:
    def __del__(self): print("del holder")
h = Holder()
h.child = D("child of holder")
del h
section("exception referencing")
try:
    raise ValueError(D("in exception args"))
except ValueError as e:
    print("caught")
print("after except")
section("resurrection")
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del, resurrecting")
        saved.append(self)
p = Phoenix()
del p
print("saved", len(saved))
saved.clear()
print("cleared saved (no second __del__)")
section("generator holding an object")
def gen():
    o = D("gen local")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
it = gen()
next(it)
del it
section("__del__ sees attributes")
class Closer:
    def __init__(self): self.resource = "open"
    def __del__(self): print("closing", self.resource)
Closer()
section("inheritance")
class Base:
    def __del__(self): print("Base.__del__")
class Child(Base):
    def __del__(self):
        print("Child.__del__")
        super().__del__()
Child()
section("explicit call")
e = D("explicit")
e.__del__()
print("still alive", e.name)
e = None
section("list clear, slice deletion, in-place repeat, dict clear")
l = [D(1), D(2), D(3)]
l.clear(); print("--")
l = [D(1), D(2), D(3)]
del l[:]; print("--")
l = [D(1), D(2), D(3)]
l[0:2] = []; print("--")
l = [D(1), D(2), D(3)]
l *= 0; print("--")
d = {1: D(1), 2: D(2)}
d.clear(); print("--")
section("end")
keep_until_exit = D("module global at exit")
