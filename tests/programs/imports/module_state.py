# Module globals are shared state; functions see their own module's globals
import _counter_mod
from _counter_mod import count, bump
print(count, _counter_mod.count)
print(bump(), bump(), _counter_mod.bump())
print("from-imported name is a snapshot:", count, "| module attribute:", _counter_mod.count)
import _counter_mod as again
print(again.count, again is _counter_mod)
_counter_mod.count = 100
print(bump())
count = "main's own count"
print(bump(), count)
_counter_mod.new_attr = "added from main"
import _counter_mod as third
print(third.new_attr)
del _counter_mod.new_attr
print(hasattr(third, "new_attr"))
import _helper
_helper.CONST = "patched"
print(_helper.read_global())
original = _helper.func
_helper.func = lambda x: "monkeypatched " + str(x)
print(_helper.func(1))
_helper.func = original
print(_helper.func(1))
try:
    _counter_mod.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(_counter_mod.__name__, type(_counter_mod.__dict__).__name__, "bump" in _counter_mod.__dict__)
print(globals()["__name__"], "count" in globals())
