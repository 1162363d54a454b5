# weakref.WeakSet operations and weakref.finalize (atexit flag, detach/peek/alive, call order, kwargs), WeakValueDictionary churn.
import gc
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Obj({self.n})"

objs = [Obj(i) for i in range(5)]
ws = weakref.WeakSet(objs[:3])
ws2 = weakref.WeakSet(objs[2:])
print(len(ws), objs[0] in ws, Obj(9) in ws, 5 in ws, sorted(o.n for o in ws | ws2), sorted(o.n for o in ws & ws2))
print(sorted(o.n for o in ws - ws2), sorted(o.n for o in ws ^ ws2), ws <= ws | ws2, ws.isdisjoint(weakref.WeakSet([objs[4]])))
ws.add(objs[4])
ws.discard(objs[0])
ws.remove(objs[1])
try:
    ws.remove(objs[1])
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(sorted(o.n for o in ws), len(ws))
del objs[4]
gc.collect()
print(sorted(o.n for o in ws), len(ws), ws == weakref.WeakSet([objs[2]]))
popped = sorted([ws.pop().n for _ in range(len(ws))])
print(popped, len(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    ws.add(5)
except TypeError as e:
    print("TypeError:", e)

log = []
def cleanup(tag, *, extra=None):
    log.append((tag, extra))
    return tag.upper()

a = Obj("a")
f = weakref.finalize(a, cleanup, "a", extra=1)
print(f.alive, f.atexit, f.peek()[2:], f.peek()[1] is cleanup, repr(f).startswith("<finalize object at"))
del a
print(f.alive, log, f(), f.peek(), f.detach())

b = Obj("b")
fb = weakref.finalize(b, cleanup, "b")
print(fb(), fb(), fb.alive, log[-1])
c = Obj("c")
fc = weakref.finalize(c, cleanup, "c")
det = fc.detach()
print(det[0] is c, det[1] is cleanup, det[2], fc.alive, fc.detach())
del c, det
print(log[-1])

d = Obj("d")
order = []
f1 = weakref.finalize(d, order.append, 1)
f2 = weakref.finalize(d, order.append, 2)
del d
print(order)

wvd = weakref.WeakValueDictionary()
keep = []
for i in range(6):
    o = Obj(i)
    wvd[i] = o
    if i % 2 == 0:
        keep.append(o)
del o
gc.collect()
print(sorted(wvd.keys()), wvd.get(1), wvd.get(2), len(wvd), 4 in wvd, sorted(k for k, v in wvd.items()))
print(wvd.setdefault(2, Obj(99)), wvd.pop(4), sorted(wvd), [r().n for r in sorted(wvd.valuerefs(), key=lambda r: r().n)])
