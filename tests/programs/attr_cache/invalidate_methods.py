# Warm attribute and method sites, then break what they learned.

class A:
    kind = "A"
    def m(self):
        return "A.m"

class B(A):
    pass

def call_m(o):
    return o.m()

def get_m(o):
    return o.m

def get_kind(o):
    return o.kind

def warm(f, o, n=1500):
    r = None
    for _ in range(n):
        r = f(o)
    return r

a, b = A(), B()
print(warm(call_m, a), warm(call_m, b))

# Rebinding a method on the class.
A.m = lambda self: "new A.m"
print(call_m(a), call_m(b))

# Overriding in the subclass after the base's method was cached for it.
B.m = lambda self: "B.m"
print(warm(call_m, b), call_m(a))

# Deleting the override brings the base's back.
del B.m
print(call_m(b))

# The instance dict shadows a method.
b.m = lambda: "instance m"
print(call_m(b), call_m(B()))
del b.m
print(call_m(b))

# Bound methods from LoadAttr.
bm = warm(get_m, a)
print(bm(), bm.__self__ is a)
a.m = "shadow"
print(get_m(a))
del a.m

# Class values, then shadowed by the instance, then changed on the class.
print(warm(get_kind, a), warm(get_kind, b))
b.kind = "b's own"
print(get_kind(b), get_kind(a))
A.kind = "A2"
print(get_kind(a), get_kind(b), get_kind(B()))
A.kind = 42
print(get_kind(a))
del A.kind
try:
    get_kind(a)
except AttributeError as e:
    print("AttributeError:", e)

# A base class changes under a warm site.
class C:
    def who(self):
        return "C"
class D:
    def who(self):
        return "D"
class E(C):
    pass
e = E()
def who(o):
    return o.who()
print(warm(who, e))
E.__bases__ = (D,)
print(who(e))
C.who = lambda self: "C2"
print(who(e))
D.who = lambda self: "D2"
print(who(e))

# __class__ assignment.
class F:
    def who(self):
        return "F"
class G:
    def who(self):
        return "G"
f = F()
print(warm(who, f))
f.__class__ = G
print(who(f))
f.__class__ = F
print(who(f))

# Built-in methods through the same sites.
def app(lst):
    lst.append(1)
    return len(lst)
print(warm(app, []))
class MyList(list):
    def append(self, x):
        list.append(self, x)
        list.append(self, x)
print(app(MyList()), warm(app, MyList(), 10))
