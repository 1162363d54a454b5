# ref subclasses (KeyedRef, WeakMethod) and the containers of Lib/weakref.py
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Obj({self.n})"
    def double(self):
        return self.n * 2

class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=""):
        super().__init__(ob, callback)
        self.tag = tag

o = Obj(1)
m = MyRef(o, None, tag="t")
print(type(m).__name__, m() is o, m.tag, m is not weakref.ref(o), isinstance(m, weakref.ref))
print(weakref.getweakrefcount(o))

# WeakValueDictionary
wvd = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for x in objs:
    wvd[x.n] = x
print(sorted(wvd.keys()), len(wvd))
del objs[1:3]
print(sorted(wvd.keys()), len(wvd), wvd.get(1), wvd.get(0))
print(3 in wvd, 2 in wvd, sorted(v.n for v in wvd.values()))
try:
    wvd[1]
except KeyError as e:
    print("KeyError", e)
print(wvd.pop(4), sorted(wvd))
print(wvd.setdefault(9, objs[0]), sorted(wvd))

# WeakKeyDictionary
wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj(10), Obj(20)
wkd[k1] = "one"
wkd[k2] = "two"
print(len(wkd), wkd[k1], k2 in wkd, sorted(wkd.values()))
del k1
print(len(wkd), list(wkd.items()))

# WeakSet
ws = weakref.WeakSet()
items = [Obj(i) for i in range(3)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws)
items.pop()
print(len(ws), sorted(o.n for o in ws))
other = weakref.WeakSet(items[:1])
print(len(ws | other), len(ws - other), other <= ws)

# WeakMethod
obj = Obj(21)
wm = weakref.WeakMethod(obj.double)
print(wm()(), wm() == obj.double, wm == weakref.WeakMethod(obj.double))
del obj
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

# finalize
f_obj = Obj(5)
fin = weakref.finalize(f_obj, print, "finalizing", 5)
print(fin.alive, fin.peek()[0] is f_obj)
del f_obj
print(fin.alive)
g_obj = Obj(6)
fin2 = weakref.finalize(g_obj, lambda: "done")
print(fin2(), fin2.alive, fin2())
h_obj = Obj(7)
fin3 = weakref.finalize(h_obj, print, "at exit")
print("end of program")
