# __getattr__, __getattribute__, __setattr__ and descriptors added after a site is warm.

class P:
    def __init__(self):
        self.x = 1
        self.y = 2

def get_x(o):
    return o.x

def get_z(o):
    try:
        return o.z
    except AttributeError as e:
        return "AttributeError: " + str(e)

def set_x(o, v):
    o.x = v

def warm(f, *args, n=1500):
    r = None
    for _ in range(n):
        r = f(*args)
    return r

p = P()
print(warm(get_x, p), warm(get_z, p))

P.__getattr__ = lambda self, name: "getattr " + name
print(get_x(p), get_z(p))
del P.__getattr__
print(get_z(p))

P.__getattribute__ = lambda self, name: "getattribute " + name
print(get_x(p), get_z(p))
del P.__getattribute__
print(get_x(p))

warm(set_x, p, 5)
print(p.x)
log = []
def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value * 10)
P.__setattr__ = logging_setattr
set_x(p, 7)
print(p.x, log)
del P.__setattr__
set_x(p, 8)
print(p.x, log)

# A property added on the class takes over the instance attribute.
warm(get_x, p)
P.x = property(lambda self: "property x", lambda self, v: log.append(("prop", v)))
print(get_x(p))
set_x(p, 9)
print(log[-1], p.__dict__["x"])
del P.x
print(get_x(p))

# A plain class attribute whose class later becomes a descriptor.
class Plain:
    pass
class Q:
    attr = Plain()
q = Q()
def get_attr(o):
    return type(o.attr).__name__
print(warm(get_attr, q))
Plain.__get__ = lambda self, obj, owner: 123
def get_attr2(o):
    return o.attr
print(get_attr2(q), warm(get_attr2, q, n=3))
Plain.__set__ = lambda self, obj, v: log.append(("Plain.__set__", v))
def set_attr(o, v):
    o.attr = v
warm(set_attr, q, 1)
print(log[-1], "attr" in q.__dict__)

# Deleting instance attributes under warm sites.
p2 = P()
print(warm(get_x, p2))
del p2.x
print(get_z(p2), end=" ")
try:
    get_x(p2)
except AttributeError as e:
    print("AttributeError:", e)
p2.x = "back"
print(get_x(p2))

# Replacing the instance dict.
p3 = P()
print(warm(get_x, p3))
p3.__dict__ = {"y": 0, "x": "from new dict"}
print(get_x(p3))
set_x(p3, "stored")
print(p3.__dict__)

# Instances that store attributes in different orders (dict hints miss).
class R:
    pass
objs = []
for i in range(6):
    r = R()
    names = ["a", "b", "c", "x"][i % 4:] + ["a", "b", "c", "x"][:i % 4]
    for n in names:
        setattr(r, n, n + str(i))
    objs.append(r)
def total(objs):
    return [o.x for o in objs]
print(warm(total, objs))
for o in objs:
    set_x(o, o.a)
print(total(objs))

# __slots__ members and properties, warm then changed.
class S:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = 2
s = S()
print(warm(get_x, s))
warm(set_x, s, 3)
print(get_x(s))
del s.x
print(get_z(s), end=" | ")
try:
    get_x(s)
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)

class T:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x * 2
    @x.setter
    def x(self, v):
        self._x = v
t = T()
warm(set_x, t, 21)
print(warm(get_x, t))
T.x = 5
print(get_x(t))
set_x(t, 6)
print(get_x(t), t.__dict__)
