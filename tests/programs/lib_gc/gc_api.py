# the gc module's switches, thresholds, callbacks and tracking rules
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, type(gc.callbacks), len(gc.get_count()), len(gc.get_stats()), sorted(gc.get_stats()[0]))

events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
n = gc.collect()
print(type(n).__name__, n >= 0)
gc.collect(0)
gc.collect(generation=1)
gc.callbacks.remove(cb)
for e in events:
    print(e)
for bad in [3, -1]:
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)

class C:
    pass
print(gc.is_tracked(1), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(b"b"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked(set()), gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(len), gc.is_tracked(lambda: 0))
print(gc.is_tracked({}), gc.is_tracked({"a": 1, 2: "b"}), gc.is_tracked({"a": []}), gc.is_tracked({"k": C()}))
print(gc.is_tracked(()), gc.is_tracked(object()))

# objects freed by reference counting need no collection
import weakref
c = C()
r = weakref.ref(c)
del c
print(r())
print([gc.is_tracked(o) for o in [range(3), slice(1), property(), staticmethod(len), iter([]), 1j, bytearray(), int, type, C, NotImplemented, ..., frozenset(), (x for x in [])]])
